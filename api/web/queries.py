"""Every GraphQL document the web pages execute, in one place.

When the schema changes, this file and the templates that read the answers are what to check;
``tests/web/test_queries.py`` validates every document here against the schema, so a renamed
field fails a test rather than a page. The pages run these in-process through the app's schema
with the visitor's principal (``api.web.pages.run``).
"""

from __future__ import annotations

TOPIC = "fragment TopicLabels on Topic { id key labelNl labelEn }"
PERSON = "fragment PersonLine on Person { id key name title department { key name } }"
# a reason as data (said in the page's language by api.web.reasons); `via` only for works_with
WHY = ("fragment ReasonParts on Reason { code count value items text "
       "named { key kind name nameEn } }\n"
       "fragment Why on Reason { ...ReasonParts via { ...ReasonParts } }\n")

DEPARTMENTS = """
query Departments {
  departments(first: 100) { nodes { id key name organisation } }
}
"""

EXPERTS = TOPIC + PERSON + """
query Experts($query: String!, $first: Int!, $after: String, $department: ID) {
  experts(query: $query, first: $first, after: $after, department: $department) {
    pageInfo { hasNextPage endCursor }
    nodes {
      person { ...PersonLine }
      score
      lastEvidence
      matchedTopics { ...TopicLabels }
      claims { level askMeAbout topic { ...TopicLabels } }
      evidence { documentId title snippet date url language topic { ...TopicLabels } }
    }
  }
}
"""

PERSON_PAGE = TOPIC + PERSON + """
query PersonPage($id: ID!) {
  person(id: $id) {
    ...PersonLine
    location
    languages
    email
    startDate
    manager { key name }
    visibility
    inferTopics
    buddyOptOut
    askMeAbout { ...TopicLabels }
    skills { level askMeAbout topic { ...TopicLabels } }
    topics(first: 50) {
      nodes { score evidenceCount lastEvidence verdict claimed topic { ...TopicLabels } }
    }
    documents(first: 20) {
      totalCount
      nodes { documentId title date url snippet language topics { key } }
    }
    colleagues(first: 10) { nodes { weight kinds person { ...PersonLine } } }
  }
}
"""

DEPARTMENT_PAGE = TOPIC + PERSON + """
query DepartmentPage($id: ID!) {
  department(id: $id) {
    id key name organisation
    parent { key name }
    children { key name }
    topics(first: 20) { nodes { score topic { ...TopicLabels } people { ...PersonLine } } }
    members(first: 100) { totalCount nodes { ...PersonLine } }
  }
}
"""

CONFIRM_TOPIC = """
mutation Confirm($person: ID!, $topic: String!) {
  confirmTopic(input: {personId: $person, topic: $topic}) {
    verdict
    topic { labelNl labelEn }
    userErrors { field message code }
  }
}
"""

REJECT_TOPIC = """
mutation Reject($person: ID!, $topic: String!) {
  rejectTopic(input: {personId: $person, topic: $topic}) {
    verdict
    topic { labelNl labelEn }
    userErrors { field message code }
  }
}
"""

SAVE_SETTINGS = """
mutation Settings($person: ID!, $visibility: Visibility!, $infer: Boolean!, $optOut: Boolean!) {
  setVisibility(input: {personId: $person, visibility: $visibility}) {
    userErrors { field message code }
  }
  setTopicInference(input: {personId: $person, enabled: $infer}) {
    userErrors { field message code }
  }
  setBuddyOptOut(input: {personId: $person, optOut: $optOut}) {
    userErrors { field message code }
  }
}
"""

BRIDGES = PERSON + """
query Bridges($first: Int!, $department: ID, $topic: String) {
  bridges(first: $first, department: $department, topic: $topic) {
    nodes {
      score departmentsReached bridgingTies bondingTies topicScore
      person { ...PersonLine }
    }
  }
  departments(first: 100) { nodes { id key name organisation } }
}
"""

AMBASSADORS = PERSON + WHY + """
query Ambassadors($topic: String, $departments: [ID!], $perDepartment: Int!, $size: Int) {
  ambassadors(topic: $topic, departments: $departments, perDepartment: $perDepartment,
              size: $size) {
    expectedReach
    reachFraction
    members { departmentsReached why { ...Why } person { ...PersonLine } }
    coverage { department { key name } members { key name } }
    uncovered { key name }
  }
}
"""

BUDDIES = PERSON + WHY + """
query Buddies($capacity: Int!, $crossDepartment: Boolean) {
  buddies(capacity: $capacity, crossDepartment: $crossDepartment) {
    pairs { score why { ...Why } newcomer { ...PersonLine } buddy { ...PersonLine } }
    unmatched { ...PersonLine }
  }
}
"""

ACCEPT_BUDDY = """
mutation Accept($newcomer: ID!, $buddy: ID!) {
  acceptBuddyPairing(input: {newcomerId: $newcomer, buddyId: $buddy}) {
    acceptedOn
    userErrors { field message code }
  }
}
"""

DEPARTMENT_MAP = """
query DepartmentMap($first: Int!) {
  departments(first: 100) {
    nodes { id key name organisation members(first: 0) { totalCount } }
  }
  bridges(first: $first) {
    nodes { score departmentsReached person { key name department { key } } }
  }
}
"""

# Knowledge health (role hr). Each report is one document, run by the gaps page for its first
# rows and by the page's CSV download page after page (``$after``) for all of them.
PAGE = "pageInfo { hasNextPage endCursor } totalCount"

SINGLE_KEEPER = TOPIC + PERSON + """
query SingleKeeperTopics($first: Int!, $after: String, $department: ID) {
  singleKeeperTopics(first: $first, after: $after, department: $department) {
    """ + PAGE + """
    nodes {
      demand priority
      topic { ...TopicLabels }
      keepers { ...PersonLine }
      backups { ...PersonLine }
    }
  }
}
"""

DEPARTURES = TOPIC + PERSON + """
query DepartureRisks($first: Int!, $after: String, $department: ID) {
  departureRisks(first: $first, after: $after, department: $department) {
    """ + PAGE + """
    nodes {
      demand weight
      person { ...PersonLine }
      uncovered { ...TopicLabels }
      thinned { ...TopicLabels }
    }
  }
}
"""

MISSED_SEARCHES = TOPIC + PERSON + WHY + """
query MissedSearches($first: Int!, $after: String, $since: Date, $until: Date,
                     $period: TrendPeriod!) {
  missedSearches(first: $first, after: $after, since: $since, until: $until, period: $period) {
    """ + PAGE + """
    nodes {
      query wording asked missed lastAsked slope
      trend { start asked missed }
      routes { score why { ...Why } person { ...PersonLine } }
      topics { ...TopicLabels }
    }
  }
}
"""

STALE_TOPICS = TOPIC + PERSON + """
query StaleTopics($first: Int!, $after: String, $days: Int!) {
  staleTopics(first: $first, after: $after, days: $days) {
    """ + PAGE + """
    nodes { lastDate demand topic { ...TopicLabels } holders { ...PersonLine } }
  }
}
"""

STALE_PROFILES = TOPIC + PERSON + """
query StaleProfiles($first: Int!, $after: String, $days: Int!) {
  staleProfiles(first: $first, after: $after, days: $days) {
    """ + PAGE + """
    nodes { listed person { ...PersonLine } stale { lastDate topic { ...TopicLabels } } }
  }
}
"""

SPREADING = TOPIC + PERSON + WHY + """
query SpreadingPlan($department: ID!, $topics: [String!], $keepers: Int!, $learners: Int!) {
  spreadingPlan(department: $department, topics: $topics, keepers: $keepers,
                learners: $learners) {
    assignments {
      role
      why { ...Why }
      person { ...PersonLine }
      topic { ...TopicLabels }
      mentor { ...PersonLine }
    }
    load { topics person { ...PersonLine } }
    short { missing topic { ...TopicLabels } }
  }
}
"""


ALL = {name: value for name, value in globals().items()
       if name.isupper() and name not in {"TOPIC", "PERSON", "PAGE", "WHY"}
       and isinstance(value, str)}
