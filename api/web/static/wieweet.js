/* wieweet — a little vanilla JavaScript that only enhances: every page works without it.
   1. Forms marked data-enhance submit in the background and announce the result in the
      page's live region instead of reloading (the server answers JSON when asked for it).
   2. Fieldsets marked data-select-all get "all" / "none" buttons for their checkboxes. */
(function () {
  "use strict";

  function announce(message, ok) {
    var region = document.getElementById("status");
    if (!region) { return; }
    region.className = "notice " + (ok ? "ok" : "error");
    region.hidden = false;
    region.textContent = message;
  }

  function enhanceForm(form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var button = event.submitter || form.querySelector("button[type=submit]");
      var body = new FormData(form);
      if (button && button.name) { body.append(button.name, button.value); }
      fetch(form.action, {
        method: "POST",
        body: new URLSearchParams(body),
        headers: { "Accept": "application/json" },
        credentials: "same-origin"
      }).then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      }).then(function (result) {
        announce(result.data.message, result.ok);
        if (result.ok && result.data.verdict) {
          var row = form.closest("[data-topic-row]");
          var cell = row && row.querySelector("[data-verdict]");
          if (cell) {
            cell.textContent = result.data.verdictText;
            cell.className = "verdict-" + result.data.verdict;
          }
        }
        if (result.ok && result.data.done) {
          var item = form.closest("[data-done-row]");
          if (item) { item.querySelectorAll("button").forEach(function (b) { b.disabled = true; }); }
        }
      }).catch(function () {
        form.submit();  /* the plain form still works */
      });
    });
  }

  function addSelectAll(fieldset) {
    var boxes = fieldset.querySelectorAll("input[type=checkbox]");
    var row = document.createElement("div");
    row.className = "button-row";
    [[fieldset.dataset.selectAll, true], [fieldset.dataset.selectNone, false]].forEach(
      function (pair) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "secondary small";
        button.textContent = pair[0];
        button.addEventListener("click", function () {
          boxes.forEach(function (box) { box.checked = pair[1]; });
        });
        row.appendChild(button);
      });
    fieldset.insertBefore(row, fieldset.querySelector(".choices"));
  }

  document.querySelectorAll("form[data-enhance]").forEach(enhanceForm);
  document.querySelectorAll("fieldset[data-select-all]").forEach(addSelectAll);
})();
