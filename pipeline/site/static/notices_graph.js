/* The document page of the notices site: the document's neighbourhood and its measure tree, drawn
   in plain SVG from the JSON in <script id="notices-data">. No library, no network. Every text is set
   with textContent (never innerHTML), so what a notice says is shown, never run. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var RELATION_COLOURS = {
    forwards: "#d1495b", implements: "#00798c", basis: "#edae49", cites: "#66a182",
    issues: "#8d6cab", contains: "#888888"
  };
  var ROLE_COLOURS = { lead: "#b5179e", responsible: "#3a86ff", cooperate: "#8ecae6" };

  function el(name, attributes, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function text(parent, x, y, value, attributes) {
    var node = el("text", Object.assign({ x: x, y: y }, attributes || {}), parent);
    node.textContent = value == null ? "" : String(value);
    return node;
  }

  function shorten(value, length) {
    value = value == null ? "" : String(value);
    return value.length > length ? value.slice(0, length - 1) + "…" : value;
  }

  function linked(parent, href) {
    if (!href) { return el("g", {}, parent); }
    var anchor = el("a", { href: href }, parent);
    anchor.setAttributeNS("http://www.w3.org/1999/xlink", "xlink:href", href);
    return anchor;
  }

  function defineArrows(svg) {
    var defs = el("defs", {}, svg);
    Object.keys(RELATION_COLOURS).forEach(function (relation) {
      var marker = el("marker", {
        id: "arrow-" + relation, viewBox: "0 0 10 10", refX: "10", refY: "5",
        markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse"
      }, defs);
      el("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: RELATION_COLOURS[relation] }, marker);
    });
  }

  var BOX_W = 230, BOX_H = 54;

  function box(svg, node, x, y) {
    var group = linked(svg, node.href);
    group.setAttribute("class", "notices-node notices-node-" + node.kind);
    group.setAttribute("data-id", node.id || "");
    el("rect", {
      x: x - BOX_W / 2, y: y - BOX_H / 2, width: BOX_W, height: BOX_H, rx: 6,
      fill: node.kind === "self" ? "#fff3c4" : node.kind === "reference" ? "#f4f4f4" : "#ffffff",
      stroke: node.kind === "self" ? "#c48f00" : "#777", "stroke-dasharray": node.kind === "reference" ? "4 3" : ""
    }, group);
    text(group, x, y - 8, shorten(node.line1, 24), { "text-anchor": "middle", "font-weight": "bold", "font-size": 12 });
    text(group, x, y + 10, shorten(node.line2, 20), { "text-anchor": "middle", "font-size": 11 });
    if (node.line3) {
      text(group, x, y + 23, shorten(node.line3, 22), { "text-anchor": "middle", "font-size": 9, fill: "#555" });
    }
    var title = el("title", {}, group);
    title.textContent = [node.line1, node.line2, node.line3].filter(Boolean).join("\n");
    return group;
  }

  function edge(svg, from, to, relations, labelAt) {
    var relation = relations[0];
    var colour = RELATION_COLOURS[relation] || "#444";
    var mid = (from.x + to.x) / 2;
    var d = "M " + from.x + " " + from.y + " C " + mid + " " + from.y + ", " + mid + " " + to.y + ", " + to.x + " " + to.y;
    if (from.x === to.x) { d = "M " + from.x + " " + from.y + " L " + to.x + " " + to.y; }
    el("path", { d: d, fill: "none", stroke: colour, "stroke-width": 1.8, "marker-end": "url(#arrow-" + (RELATION_COLOURS[relation] ? relation : "cites") + ")", class: "notices-edge relation-" + relation }, svg);
    var at = labelAt || { x: mid, y: (from.y + to.y) / 2 - 4 };
    text(svg, at.x, at.y, relations.join(" · "), { "text-anchor": "middle", "font-size": 11, fill: colour, class: "notices-edge-label" });
  }

  function documentNode(row, prefix, links) {
    var id = row[prefix + "id"] || row.id;
    return {
      id: id, kind: "document", href: links.documents[id],
      line1: row[prefix + "number"] || row.doc_number || "（无文号）",
      line2: row[prefix + "title"] || row.title || id,
      line3: row[prefix + "issuer"] || row.issuer || ""
    };
  }

  function group(rows, keyOf) {
    var order = [], byKey = {};
    rows.forEach(function (row) {
      var key = keyOf(row);
      if (!byKey[key]) { byKey[key] = { row: row, relations: [] }; order.push(key); }
      if (byKey[key].relations.indexOf(row.relation) < 0) { byKey[key].relations.push(row.relation || "cites"); }
    });
    return order.map(function (key) { return byKey[key]; });
  }

  function drawNeighbourhood(container, data) {
    var links = data.links;
    var incoming = group(data.incoming, function (c) { return "d:" + c.document_id; });
    var outgoing = group(data.outgoing, function (c) {
      return c.document_id ? "d:" + c.document_id : "r:" + (c.doc_number || c.title || c.text);
    });
    var rows = Math.max(incoming.length, outgoing.length, 1);
    var stacked = data.parent || (data.embedded && data.embedded.length);
    var width = 1000, height = Math.max(rows * (BOX_H + 22) + 40, stacked ? 3 * (BOX_H + 40) + 20 : BOX_H + 60);
    var svg = el("svg", { viewBox: "0 0 " + width + " " + height, width: "100%", role: "img", class: "notices-neighbourhood" }, container);
    defineArrows(svg);
    var centre = { x: width / 2, y: height / 2 };
    var self = documentNode(data.document, "", links);
    self.kind = "self"; self.href = null;

    function column(items, x) {
      var gap = height / (items.length + 1);
      return items.map(function (item, i) { return { item: item, x: x, y: gap * (i + 1) }; });
    }
    column(incoming, 130).forEach(function (p) {
      edge(svg, { x: p.x + BOX_W / 2, y: p.y }, { x: centre.x - BOX_W / 2, y: centre.y }, p.item.relations);
      box(svg, documentNode(p.item.row, "document_", links), p.x, p.y);
    });
    column(outgoing, width - 130).forEach(function (p) {
      edge(svg, { x: centre.x + BOX_W / 2, y: centre.y }, { x: p.x - BOX_W / 2, y: p.y }, p.item.relations);
      var row = p.item.row;
      var node = row.document_id ? documentNode(row, "document_", links) : {
        id: null, kind: "reference", href: null, line1: row.doc_number || "（未收录 not in the database）",
        line2: row.title || row.text, line3: "reference"
      };
      box(svg, node, p.x, p.y);
    });
    if (data.parent) {
      var py = centre.y - BOX_H - 40;
      edge(svg, { x: centre.x, y: py + BOX_H / 2 }, { x: centre.x, y: centre.y - BOX_H / 2 }, ["contains"], { x: centre.x + 40, y: (py + centre.y) / 2 });
      box(svg, documentNode(data.parent, "", links), centre.x, py);
    }
    (data.embedded || []).slice(0, 3).forEach(function (child, i, all) {
      var cx = centre.x + (i - (all.length - 1) / 2) * (BOX_W + 10) * 0.55, cy = centre.y + BOX_H + 40;
      edge(svg, { x: centre.x, y: centre.y + BOX_H / 2 }, { x: cx, y: cy - BOX_H / 2 }, ["contains"], { x: centre.x + 40, y: centre.y + BOX_H / 2 + 20 });
      box(svg, documentNode(child, "", links), cx, cy);
    });
    box(svg, self, centre.x, centre.y);
    if (!incoming.length) { text(svg, 130, centre.y, "no document cites it", { "text-anchor": "middle", fill: "#999", "font-size": 12 }); }
    if (!outgoing.length) { text(svg, width - 130, centre.y, "cites nothing", { "text-anchor": "middle", fill: "#999", "font-size": 12 }); }
  }

  function drawTree(container, data) {
    var measures = data.measures || [];
    if (!measures.length) {
      var p = document.createElement("p");
      p.textContent = "No numbered measures.";
      container.appendChild(p);
      return;
    }
    var ROW = 24, INDENT = 26, TOP = 16;
    var svg = el("svg", { width: "100%", height: measures.length * ROW + TOP + 10, class: "notices-tree", role: "img" }, container);
    var position = {};
    var widest = 0;
    measures.forEach(function (m, i) {
      var level = m.level || 1;
      var x = 14 + (level - 1) * INDENT, y = TOP + i * ROW;
      position[m.id] = { x: x, y: y };
      var parent = m.parent_id && position[m.parent_id];
      if (parent) {
        el("path", { d: "M " + parent.x + " " + (parent.y + 5) + " V " + y + " H " + (x - 5), fill: "none", stroke: "#bbb" }, svg);
      }
      el("circle", { cx: x, cy: y, r: 4.5, fill: m.units.length ? "#3a86ff" : "#fff", stroke: "#3a86ff" }, svg);
      var anchor = linked(svg, data.links.measures[m.id]);
      anchor.setAttribute("class", "notices-measure-link");
      var label = text(anchor, x + 10, y + 4, shorten((m.label || "") + " " + (m.heading || m.path || ""), 34), { "font-size": 12 });
      var cursor = x + 10 + (label.getComputedTextLength ? label.getComputedTextLength() : 200) + 10;
      if (m.deadlines) { cursor = chip(svg, cursor, y, "时限 " + m.deadlines, "#ef8a8a", null); }
      if (m.targets) { cursor = chip(svg, cursor, y, "指标 " + m.targets, "#8fd19e", null); }
      m.units.forEach(function (u) {
        cursor = chip(svg, cursor, y, u.name + (u.role && u.role !== "responsible" ? " (" + u.role + ")" : ""),
                      ROLE_COLOURS[u.role] || "#3a86ff", data.links.units[u.id]);
      });
      widest = Math.max(widest, cursor);
    });
    svg.setAttribute("width", Math.max(widest + 10, 600));
  }

  function chip(svg, x, y, value, colour, href) {
    var g = linked(svg, href);
    g.setAttribute("class", "notices-chip");
    var rect = el("rect", { x: x, y: y - 9, height: 18, rx: 9, fill: colour, opacity: 0.85 }, g);
    var label = text(g, x + 8, y + 4, value, { "font-size": 11, fill: "#fff" });
    var width = (label.getComputedTextLength ? label.getComputedTextLength() : value.length * 11) + 16;
    rect.setAttribute("width", width);
    return x + width + 6;
  }

  function main() {
    var source = document.getElementById("notices-data");
    if (!source) { return; }
    var data = JSON.parse(source.textContent);
    var neighbourhood = document.getElementById("notices-neighbourhood");
    if (neighbourhood) { drawNeighbourhood(neighbourhood, data); }
    var tree = document.getElementById("notices-tree");
    if (tree) { drawTree(tree, data); }
    document.body.setAttribute("data-notices-drawn", "1");
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", main);
  } else {
    main();
  }
})();
