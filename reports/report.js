// Finding filters for the junos-audit HTML report: severity chips, device, rule and free text.
// Works offline; reads only data-* attributes the report wrote.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll("[data-finding]"));
  var chips = Array.prototype.slice.call(form.querySelectorAll("[data-filter-severity]"));
  var device = document.getElementById("filter-device");
  var rule = document.getElementById("filter-rule");
  var text = document.getElementById("filter-text");
  var count = document.getElementById("filter-count");
  var noMatch = document.getElementById("no-match");
  var failing = rows.filter(function (row) { return row.getAttribute("data-status") === "fail"; });

  function selectedSeverities() {
    var on = {};
    chips.forEach(function (chip) { if (chip.getAttribute("aria-pressed") === "true") on[chip.getAttribute("data-filter-severity")] = true; });
    return on;
  }

  function apply() {
    var severities = selectedSeverities();
    var needle = text.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var visible = severities[row.getAttribute("data-severity")] === true &&
        (device.value === "" || row.getAttribute("data-device") === device.value) &&
        (rule.value === "" || row.getAttribute("data-rule") === rule.value) &&
        (needle === "" || row.textContent.toLowerCase().indexOf(needle) !== -1);
      row.hidden = !visible;
      if (visible && row.getAttribute("data-status") === "fail") shown += 1;
    });
    count.textContent = "showing " + shown + " of " + failing.length + " failing findings";
    noMatch.hidden = !(failing.length > 0 && shown === 0);
  }

  chips.forEach(function (chip) {
    chip.addEventListener("click", function () {
      chip.setAttribute("aria-pressed", chip.getAttribute("aria-pressed") === "true" ? "false" : "true");
      apply();
    });
  });
  [device, rule].forEach(function (el) { el.addEventListener("change", apply); });
  text.addEventListener("input", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  document.getElementById("filter-reset").addEventListener("click", function () {
    chips.forEach(function (chip) { chip.setAttribute("aria-pressed", "true"); });
    device.value = ""; rule.value = ""; text.value = "";
    apply();
  });

  var expand = document.getElementById("expand-all");
  expand.addEventListener("click", function () {
    var open = expand.textContent === "Expand all";
    document.querySelectorAll("details.finding").forEach(function (d) { d.open = open; });
    expand.textContent = open ? "Collapse all" : "Expand all";
  });

  document.querySelectorAll(".tile[data-device]").forEach(function (tile) {
    tile.addEventListener("click", function () {
      device.value = tile.getAttribute("data-device");
      apply();
      form.scrollIntoView({ behavior: "smooth", block: "start" });
    });
  });

  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.finding").forEach(function (d) { d.open = true; });
  });

  apply();
})();
