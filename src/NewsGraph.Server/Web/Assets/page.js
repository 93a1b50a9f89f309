// The editor's keys (Ctrl+Enter or Cmd+Enter runs the query, Tab indents), and on the network
// view, hovering a node highlights its links. The pages work without this script.
(function () {
  "use strict";
  var query = document.getElementById("query");
  if (query) {
    query.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        query.form.submit();
      } else if (e.key === "Tab" && !e.shiftKey) {
        e.preventDefault();
        var start = query.selectionStart;
        query.setRangeText("  ", start, query.selectionEnd, "end");
      }
    });
  }

  var svg = document.getElementById("network");
  if (svg) {
    svg.querySelectorAll(".node").forEach(function (node) {
      var iri = node.getAttribute("data-iri");
      function mark(on) {
        svg.classList.toggle("focus", on);
        svg.querySelectorAll(".edge").forEach(function (edge) {
          var hit = edge.getAttribute("data-source") === iri || edge.getAttribute("data-target") === iri;
          edge.classList.toggle("lit", on && hit);
        });
      }
      node.addEventListener("mouseenter", function () { mark(true); });
      node.addEventListener("mouseleave", function () { mark(false); });
    });
  }
})();
