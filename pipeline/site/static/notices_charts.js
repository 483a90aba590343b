/* The dashboard's charts: each <figure data-chart> holds its Vega-Lite spec as JSON in
   <script class="notices-chart-spec">, data inline; vega-embed (served with the site) draws it as
   SVG. Nothing is fetched. When every chart is drawn, <body data-notices-charts="N"> says how many. */
(function () {
  "use strict";
  var figures = Array.prototype.slice.call(document.querySelectorAll("figure[data-chart]"));
  var drawing = figures.map(function (figure) {
    var script = figure.querySelector("script.notices-chart-spec");
    var view = figure.querySelector(".notices-chart-view");
    if (!script || !view) { return Promise.resolve(false); }
    var spec = JSON.parse(script.textContent);
    return vegaEmbed(view, spec, { renderer: "svg", actions: false, loader: { target: "_self" } })
      .then(function () { figure.setAttribute("data-drawn", "true"); return true; })
      .catch(function (error) {
        figure.setAttribute("data-drawn", "failed");
        var message = document.createElement("p");
        message.className = "notices-none";
        message.textContent = "This chart could not be drawn: " + error;
        figure.appendChild(message);
        console.error("chart " + figure.getAttribute("data-chart") + ": " + error);
        return false;
      });
  });
  Promise.all(drawing).then(function (drawn) {
    document.body.setAttribute("data-notices-charts", String(drawn.filter(Boolean).length));
  });
})();
