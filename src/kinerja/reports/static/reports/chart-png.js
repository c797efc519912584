/* Download a chart (or the pohon kinerja) as PNG: SVG -> <img> -> <canvas> -> PNG. No library.
   A button.chart-png finds its SVG through data-target (a selector) or its enclosing <figure>. */
(function () {
  "use strict";
  var MAX_SIDE = 16000, MAX_AREA = 64e6; // stay inside what browsers allow a canvas

  function intrinsic(svg) {
    var w = parseFloat(svg.getAttribute("width")), h = parseFloat(svg.getAttribute("height"));
    if (!(w && h) && svg.viewBox && svg.viewBox.baseVal) { w = svg.viewBox.baseVal.width; h = svg.viewBox.baseVal.height; }
    return { w: w || 480, h: h || 320 };
  }

  function standalone(svg, size) {
    var copy = svg.cloneNode(true);
    copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
    copy.setAttribute("width", size.w);
    copy.setAttribute("height", size.h);
    copy.removeAttribute("style");
    // The picture is the whole drawing: undo the page's pan/zoom and show collapsed branches.
    var viewport = copy.querySelector(".pohon-viewport");
    if (viewport) viewport.removeAttribute("transform");
    copy.querySelectorAll("[hidden], .pohon-hidden").forEach(function (el) {
      el.removeAttribute("hidden"); el.classList.remove("pohon-hidden");
    });
    copy.querySelectorAll(".pohon-toggle").forEach(function (el) { el.parentNode.removeChild(el); });
    return new XMLSerializer().serializeToString(copy);
  }

  function download(svg, filename) {
    var size = intrinsic(svg);
    var scale = Math.min(2, MAX_SIDE / size.w, MAX_SIDE / size.h, Math.sqrt(MAX_AREA / (size.w * size.h)));
    var url = URL.createObjectURL(new Blob([standalone(svg, size)], { type: "image/svg+xml;charset=utf-8" }));
    var img = new Image();
    img.onload = function () {
      var canvas = document.createElement("canvas");
      canvas.width = Math.round(size.w * scale);
      canvas.height = Math.round(size.h * scale);
      var ctx = canvas.getContext("2d");
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob(function (blob) {
        var a = document.createElement("a");
        a.href = URL.createObjectURL(blob);
        a.download = filename || "grafik.png";
        document.body.appendChild(a);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
      }, "image/png");
    };
    img.onerror = function () { URL.revokeObjectURL(url); };
    img.src = url;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.chart-png");
    if (!button) return;
    var svg = button.dataset.target ? document.querySelector(button.dataset.target)
      : (button.closest("figure") || document).querySelector("svg");
    if (svg) download(svg, button.dataset.filename);
  });
})();
