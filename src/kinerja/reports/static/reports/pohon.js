/* The pohon kinerja page: zoom, pan (the frame scrolls), search and collapse on the server's SVG.
   Hooks are documented in kinerja/documents/pohon.py. No library. */
(function () {
  "use strict";
  var frame = document.getElementById("pohon-frame");
  if (!frame) return;
  var svg = frame.querySelector("svg.pohon-kinerja");
  if (!svg) return;
  var baseW = parseFloat(svg.getAttribute("width")), baseH = parseFloat(svg.getAttribute("height"));
  var zoom = 1;

  function setZoom(z, keepCentre) {
    var cx = (frame.scrollLeft + frame.clientWidth / 2) / zoom, cy = (frame.scrollTop + frame.clientHeight / 2) / zoom;
    zoom = Math.max(0.15, Math.min(4, z));
    svg.style.width = baseW * zoom + "px";
    svg.style.height = baseH * zoom + "px";
    if (keepCentre) {
      frame.scrollLeft = cx * zoom - frame.clientWidth / 2;
      frame.scrollTop = cy * zoom - frame.clientHeight / 2;
    }
  }
  // On a phone a whole-width tree is unreadable: stop at a size whose text can still be read.
  function fit() { setZoom(Math.max(0.8, Math.min(1, (frame.clientWidth - 4) / baseW)), false); }

  // --- collapse -------------------------------------------------------------------------------
  var children = {};
  svg.querySelectorAll("g.pohon-node[data-parent]").forEach(function (node) {
    (children[node.dataset.parent] = children[node.dataset.parent] || []).push(node.id.replace("pohon-n-", ""));
  });
  var collapsed = {};
  function descendants(key, out) {
    (children[key] || []).forEach(function (k) { out.push(k); descendants(k, out); });
    return out;
  }
  function refresh() {
    var hidden = {};
    Object.keys(collapsed).forEach(function (key) {
      if (collapsed[key]) descendants(key, []).forEach(function (k) { hidden[k] = true; });
    });
    svg.querySelectorAll("g.pohon-node").forEach(function (node) {
      node.classList.toggle("pohon-hidden", !!hidden[node.id.replace("pohon-n-", "")]);
    });
    svg.querySelectorAll("path.pohon-edge").forEach(function (edge) {
      edge.classList.toggle("pohon-hidden", !!hidden[edge.dataset.to]);
    });
    svg.querySelectorAll("g.pohon-toggle").forEach(function (t) {
      var label = t.querySelector("text");
      if (label) label.textContent = collapsed[t.dataset.node] ? "+" : "−";
      t.setAttribute("aria-expanded", collapsed[t.dataset.node] ? "false" : "true");
    });
  }
  function toggle(key) { collapsed[key] = !collapsed[key]; refresh(); }
  svg.addEventListener("click", function (e) {
    var t = e.target.closest("g.pohon-toggle");
    if (t) { e.stopPropagation(); toggle(t.dataset.node); }
  });
  svg.addEventListener("keydown", function (e) {
    var t = e.target.closest("g.pohon-toggle");
    if (t && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); toggle(t.dataset.node); }
  });

  // --- search ---------------------------------------------------------------------------------
  var input = document.getElementById("pohon-search"), found = document.getElementById("pohon-found");
  function ancestorsOf(node) {
    var out = [], parent = node.dataset.parent;
    while (parent) {
      out.push(parent);
      var p = document.getElementById("pohon-n-" + parent);
      parent = p ? p.dataset.parent : null;
    }
    return out;
  }
  function search() {
    var q = (input.value || "").trim().toLowerCase(), hits = [];
    svg.querySelectorAll("g.pohon-node").forEach(function (node) {
      var hit = q.length > 1 && (node.dataset.search || "").indexOf(q) !== -1;
      node.classList.toggle("pohon-hit", hit);
      if (hit) hits.push(node);
    });
    hits.forEach(function (node) { ancestorsOf(node).forEach(function (k) { collapsed[k] = false; }); });
    refresh();
    if (found) found.textContent = q.length > 1 ? hits.length + " ditemukan / found" : "";
    if (hits.length) {
      var box = hits[0].getBBox();
      frame.scrollLeft = Math.max(0, box.x * zoom - 20);
      frame.scrollTop = Math.max(0, (box.y + box.height / 2) * zoom - frame.clientHeight / 2);
    }
  }
  if (input) input.addEventListener("input", search);

  // --- zoom and pan ---------------------------------------------------------------------------
  document.querySelectorAll("[data-zoom]").forEach(function (b) {
    b.addEventListener("click", function () {
      if (b.dataset.zoom === "fit") fit(); else setZoom(zoom * (b.dataset.zoom === "in" ? 1.25 : 0.8), true);
    });
  });
  document.querySelectorAll("[data-collapse]").forEach(function (b) {
    b.addEventListener("click", function () {
      var all = b.dataset.collapse === "all";
      Object.keys(children).forEach(function (k) { collapsed[k] = all; });
      // Keep the roots' boxes visible: collapsing "all" folds each root's branches.
      refresh();
    });
  });
  frame.addEventListener("wheel", function (e) {
    if (!e.ctrlKey && !e.metaKey) return;  // plain wheel scrolls, as everywhere else
    e.preventDefault();
    setZoom(zoom * (e.deltaY < 0 ? 1.1 : 0.9), true);
  }, { passive: false });
  var drag = null;
  frame.addEventListener("pointerdown", function (e) {
    if (e.pointerType !== "mouse" || e.target.closest("g.pohon-toggle")) return;
    drag = { x: e.clientX, y: e.clientY, left: frame.scrollLeft, top: frame.scrollTop };
    frame.classList.add("dragging");
  });
  window.addEventListener("pointermove", function (e) {
    if (!drag) return;
    frame.scrollLeft = drag.left - (e.clientX - drag.x);
    frame.scrollTop = drag.top - (e.clientY - drag.y);
  });
  window.addEventListener("pointerup", function () { drag = null; frame.classList.remove("dragging"); });

  fit();
})();
