(function () {
  "use strict";
  var severity = document.getElementById("filter-severity");
  var kind = document.getElementById("filter-kind");
  var count = document.getElementById("visible-count");
  function apply() {
    var rows = document.querySelectorAll("#findings tbody tr");
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var ok = (!severity.value || row.getAttribute("data-severity") === severity.value) &&
        (!kind.value || row.getAttribute("data-kind") === kind.value);
      row.hidden = !ok;
      if (ok) { shown += 1; }
    }
    count.textContent = String(shown);
  }
  severity.addEventListener("change", apply);
  kind.addEventListener("change", apply);
  var cards = document.querySelectorAll("[data-filter-severity]");
  for (var j = 0; j < cards.length; j++) {
    cards[j].addEventListener("click", function (event) {
      severity.value = event.currentTarget.getAttribute("data-filter-severity");
      apply();
    });
  }
  apply();
}());
