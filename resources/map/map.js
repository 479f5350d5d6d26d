/*
 * The report map of the CRM Officer Workstation (our own code; Leaflet 1.9.4 underneath).
 *
 * - Report points arrive from Python through QWebChannel as parallel arrays
 *   (ids, lat, lon, status code, overdue flag, number) and are drawn on one canvas
 *   (a subclass of Leaflet's Canvas renderer), grouped per status in few paths.
 * - With many points in view at low zoom they are aggregated on a screen grid:
 *   one ring per cell, its segments coloured by status, the count written inside,
 *   a black badge with the number of overdue reports.
 * - Overdue reports carry a black ring; each status has a shape of its own besides its
 *   colour (circle, square, diamond, triangles, plus, cross): never colour alone. The
 *   legend shows the same shapes in words, and folds to one button (remembered by Python).
 * - The base map is a tile layer on the app's own scheme, added once the first view is
 *   set (so no tile outside the shown view is asked for). Where it has no tiles (offline,
 *   nothing cached) the kelurahan names are drawn as labels from zoom LABEL_ZOOM on.
 * - The page never sees the QWebChannel: it lives in an isolated JavaScript world
 *   (relay.js, injected by the view). This page talks to it with window.postMessage:
 *   {crm: "cmd", name, arg} out (Python validates every command again),
 *   {crm: "post", kind, json} in.
 * - Text never becomes HTML here: every label, the credit line included, is set
 *   with textContent (Leaflet's attribution control, which takes HTML, is off).
 */
(function () {
  "use strict";

  var CrmMap = {};
  window.CrmMap = CrmMap;

  var AGG_MIN_POINTS = 1500; // aggregate when more points than this are in view...
  var AGG_MAX_ZOOM = 15; // ...and the zoom is below this
  var CELL = 56; // aggregation cell, in screen pixels
  var SMALL_CELL = 3; // a cell with this few points shows them as dots

  var map = null;
  var config = { texts: {}, statuses: [], drawOrder: [] };
  var layer = null;
  var pickMarker = null;
  var basemap = null;
  var labels = null; // kelurahan name labels (a layer group), shown without tiles
  var labelCount = 0;
  var labelsOn = false;
  var tileState = new Map(); // "z:x:y" -> true when the tile holds an image (not the 1x1 blank)
  var basemapReal = 0; // real tiles in the current view at the last complete load
  var legendBox = null;
  var legendOpen = null; // null: not decided yet (size decides, or Python's remembered state)
  var legendChosen = false; // the person chose (now or before): size no longer decides
  var infoPopup = null;
  var hoverBox = null;

  // Points, in draw order (sorted by status priority at push time).
  var P = {
    n: 0, ids: [], numbers: [], mx: null, my: null, st: null, od: null, index: new Map(),
  };
  // What the last frame drew (for hit testing).
  var F = { mode: "points", visCount: 0, visIdx: new Uint32Array(0), visX: new Float32Array(0),
            visY: new Float32Array(0), radius: 4,
            cells: [], cellOf: new Uint32Array(0),
            dotCount: 0, dotIdx: new Uint32Array(0), dotX: new Float32Array(0),
            dotY: new Float32Array(0) };
  var selected = -1;
  var stats = { pushes: 0, points: 0, drawn: 0, frames: 0, lastDrawMs: 0, lastPushMs: 0,
                mode: "points", cells: 0, ready: false, selected: null, info: null,
                tilesLoaded: 0 };

  function text(key) {
    return (config.texts && config.texts[key]) || key;
  }

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content !== undefined && content !== null) { node.textContent = String(content); }
    return node;
  }

  // To Python, through the relay in the isolated world (which queues until its channel is up).
  function send(name, arg) {
    window.postMessage({ crm: "cmd", name: String(name), arg: String(arg) }, "*");
  }

  // --- projection (EPSG:3857 as Leaflet does it, normalised to [0, 1]) -------------------

  function normX(lon) { return (lon + 180) / 360; }
  function normY(lat) {
    var s = Math.sin(lat * Math.PI / 180);
    s = Math.max(Math.min(s, 0.9999), -0.9999);
    return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  }

  // --- the points layer ---------------------------------------------------------------------

  var PointsLayer = L.Canvas.extend({
    options: { padding: 0.15, pane: "crmPoints" },

    _updatePaths: function () { this.drawPoints(); },

    redraw: function () {
      if (this._map && this._ctx && this._bounds) {
        var b = this._bounds;
        this._ctx.clearRect(b.min.x, b.min.y, b.max.x - b.min.x, b.max.y - b.min.y);
        this.drawPoints();
      }
      return this;
    },

    drawPoints: function () {
      var ctx = this._ctx;
      var b = this._bounds;
      if (!ctx || !b || !this._map) { return; }
      var t0 = performance.now();
      var zoom = this._map.getZoom();
      var scale = 256 * Math.pow(2, zoom);
      var origin = this._map.getPixelOrigin();
      var minX = b.min.x - 10, minY = b.min.y - 10, maxX = b.max.x + 10, maxY = b.max.y + 10;
      var n = P.n, count = 0, i, x, y;
      for (i = 0; i < n; i++) {
        x = P.mx[i] * scale - origin.x;
        y = P.my[i] * scale - origin.y;
        if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
          F.visIdx[count] = i; F.visX[count] = x; F.visY[count] = y; count++;
        }
      }
      F.visCount = count;
      if (count > AGG_MIN_POINTS && zoom < AGG_MAX_ZOOM) {
        drawCells(ctx, origin, zoom);
        F.mode = "cells";
      } else {
        F.dotIdx.set(F.visIdx.subarray(0, count));
        F.dotX.set(F.visX.subarray(0, count));
        F.dotY.set(F.visY.subarray(0, count));
        F.dotCount = count;
        drawDots(ctx, zoom);
        F.mode = "points";
        F.cells = [];
      }
      drawSelection(ctx, scale, origin, zoom);
      stats.frames += 1;
      stats.drawn = count;
      stats.mode = F.mode;
      stats.cells = F.cells.length;
      stats.lastDrawMs = performance.now() - t0;
    },
  });

  function dotRadius(zoom) {
    if (zoom <= 11) { return 3; }
    if (zoom <= 13) { return 4; }
    if (zoom <= 15) { return 5; }
    return 6.5;
  }

  // Draws the points listed in F.dot* (in draw order).
  function drawDots(ctx, zoom) {
    var r = dotRadius(zoom);
    F.radius = r;
    var count = F.dotCount, k, i, x, y;
    var TAU = Math.PI * 2;
    // Overdue: a black ring around the dot (a shape, not only a colour).
    ctx.beginPath();
    for (k = 0; k < count; k++) {
      i = F.dotIdx[k];
      if (P.od[i]) {
        x = F.dotX[k]; y = F.dotY[k];
        ctx.moveTo(x + r + 2.5, y);
        ctx.arc(x, y, r + 2.5, 0, TAU);
      }
    }
    ctx.lineWidth = 2;
    ctx.strokeStyle = "#111";
    ctx.stroke();
    // Dots: one path per status (the visible list is in draw order already), each
    // status in its own shape.
    var k0 = 0;
    ctx.lineWidth = 1;
    ctx.strokeStyle = "rgba(255,255,255,0.9)";
    while (k0 < count) {
      var code = P.st[F.dotIdx[k0]];
      var shape = shapeOf(code);
      ctx.beginPath();
      for (k = k0; k < count && P.st[F.dotIdx[k]] === code; k++) {
        shapePath(ctx, shape, F.dotX[k], F.dotY[k], r);
      }
      ctx.fillStyle = colourOf(code);
      ctx.fill();
      if (r >= 4) { ctx.stroke(); }
      k0 = k;
    }
  }

  // Unit outlines of the shapes (a circle is an arc); scaled by the dot radius.
  var PLUS = [[-0.35, -1], [0.35, -1], [0.35, -0.35], [1, -0.35], [1, 0.35], [0.35, 0.35],
              [0.35, 1], [-0.35, 1], [-0.35, 0.35], [-1, 0.35], [-1, -0.35], [-0.35, -0.35]];
  var SHAPES = {
    square: [[-0.95, -0.95], [0.95, -0.95], [0.95, 0.95], [-0.95, 0.95]],
    diamond: [[0, -1.25], [1.25, 0], [0, 1.25], [-1.25, 0]],
    triangle: [[0, -1.3], [1.2, 0.85], [-1.2, 0.85]],
    "triangle-down": [[0, 1.3], [1.2, -0.85], [-1.2, -0.85]],
    plus: PLUS.map(function (p) { return [p[0] * 1.15, p[1] * 1.15]; }),
    cross: PLUS.map(function (p) {
      var c = Math.SQRT1_2 * 1.2;
      return [(p[0] - p[1]) * c, (p[0] + p[1]) * c];
    }),
  };

  function shapePath(ctx, shape, x, y, r) {
    var pts = SHAPES[shape];
    if (!pts) {
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, Math.PI * 2);
      return;
    }
    ctx.moveTo(x + pts[0][0] * r, y + pts[0][1] * r);
    for (var j = 1; j < pts.length; j++) { ctx.lineTo(x + pts[j][0] * r, y + pts[j][1] * r); }
    ctx.closePath();
  }

  function shapeOf(code) {
    var s = config.statuses[code];
    return s && s.shape ? s.shape : "circle";
  }

  function colourOf(code) {
    var s = config.statuses[code];
    return s ? s.colour : "#555";
  }

  function labelOf(code) {
    var s = config.statuses[code];
    return s ? s.label : "?";
  }

  function drawCells(ctx, origin, zoom) {
    var nStatus = Math.max(config.statuses.length, 1);
    var keys = new Map();
    var cells = [];
    var count = F.visCount, k, i, gx, gy, key, c;
    for (k = 0; k < count; k++) {
      i = F.visIdx[k];
      gx = Math.floor((F.visX[k] + origin.x) / CELL);
      gy = Math.floor((F.visY[k] + origin.y) / CELL);
      key = gx * 1048576 + gy;
      c = keys.get(key);
      if (c === undefined) {
        c = { n: 0, sx: 0, sy: 0, od: 0, by: new Uint32Array(nStatus), first: i,
              index: cells.length };
        keys.set(key, c);
        cells.push(c);
      }
      F.cellOf[k] = c.index;
      c.n += 1; c.sx += F.visX[k]; c.sy += F.visY[k]; c.od += P.od[i]; c.by[P.st[i]] += 1;
    }
    // Sparse cells: their points as dots, under the groups.
    var dots = 0;
    for (k = 0; k < count; k++) {
      if (cells[F.cellOf[k]].n <= SMALL_CELL) {
        F.dotIdx[dots] = F.visIdx[k]; F.dotX[dots] = F.visX[k]; F.dotY[dots] = F.visY[k];
        dots++;
      }
    }
    F.dotCount = dots;
    drawDots(ctx, zoom);
    var TAU = Math.PI * 2;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    for (var j = 0; j < cells.length; j++) {
      c = cells[j];
      c.x = c.sx / c.n; c.y = c.sy / c.n;
      if (c.n <= SMALL_CELL) { c.r = 0; continue; }
      var r = Math.min(12 + 4.5 * Math.log10(c.n), 26);
      c.r = r;
      ctx.beginPath(); ctx.arc(c.x, c.y, r, 0, TAU);
      ctx.fillStyle = "rgba(255,255,255,0.92)"; ctx.fill();
      // Ring segments, one per status, proportional to its count, in draw order.
      var start = -Math.PI / 2;
      ctx.lineWidth = 5;
      for (var d = config.drawOrder.length - 1; d >= 0; d--) {
        var code = config.drawOrder[d];
        var part = c.by[code];
        if (!part) { continue; }
        var end = start + TAU * part / c.n;
        ctx.beginPath(); ctx.arc(c.x, c.y, r - 2.5, start, end);
        ctx.strokeStyle = colourOf(code); ctx.stroke();
        start = end;
      }
      ctx.fillStyle = "#1b2631";
      ctx.font = "bold " + (c.n >= 1000 ? 10 : 11) + "px sans-serif";
      ctx.fillText(String(c.n), c.x, c.y + 0.5);
      if (c.od) {
        var label = String(c.od);
        ctx.font = "bold 9px sans-serif";
        var w = Math.max(14, ctx.measureText(label).width + 6);
        var bx = c.x + r * 0.7, by = c.y - r * 0.7;
        ctx.beginPath();
        roundRect(ctx, bx - w / 2, by - 7, w, 14, 7);
        ctx.fillStyle = "#111"; ctx.fill();
        ctx.fillStyle = "#fff";
        ctx.fillText(label, bx, by + 0.5);
      }
    }
    F.cells = cells.filter(function (cell) { return cell.n > SMALL_CELL; });
  }

  function roundRect(ctx, x, y, w, h, r) {
    ctx.moveTo(x + r, y);
    ctx.arcTo(x + w, y, x + w, y + h, r);
    ctx.arcTo(x + w, y + h, x, y + h, r);
    ctx.arcTo(x, y + h, x, y, r);
    ctx.arcTo(x, y, x + w, y, r);
    ctx.closePath();
  }

  function drawSelection(ctx, scale, origin, zoom) {
    if (selected < 0 || selected >= P.n) { return; }
    var x = P.mx[selected] * scale - origin.x;
    var y = P.my[selected] * scale - origin.y;
    var r = Math.max(dotRadius(zoom), 5);
    var TAU = Math.PI * 2;
    ctx.beginPath(); ctx.arc(x, y, r + 9, 0, TAU);
    ctx.lineWidth = 5; ctx.strokeStyle = "rgba(255,255,255,0.95)"; ctx.stroke();
    ctx.beginPath(); ctx.arc(x, y, r + 9, 0, TAU);
    ctx.lineWidth = 2.5; ctx.strokeStyle = "#0b3d91"; ctx.stroke();
    ctx.beginPath(); shapePath(ctx, shapeOf(P.st[selected]), x, y, r + 1);
    ctx.fillStyle = colourOf(P.st[selected]); ctx.fill();
    ctx.lineWidth = 1.5; ctx.strokeStyle = P.od[selected] ? "#111" : "#fff"; ctx.stroke();
  }

  // --- data from Python -----------------------------------------------------------------------

  function setPoints(data) {
    var t0 = performance.now();
    var ids = Array.isArray(data.ids) ? data.ids : [];
    var n = ids.length;
    var lat = data.lat || [], lon = data.lon || [], st = data.s || [], od = data.o || [];
    var numbers = data.n || [];
    if (lat.length !== n || lon.length !== n || st.length !== n) {
      console.warn("crm map: inconsistent points payload ignored");
      return;
    }
    var selectedId = selected >= 0 ? P.ids[selected] : null;
    // Counting sort by draw priority: the statuses needing action are drawn last (on top).
    var rank = new Uint8Array(256);
    for (var d = 0; d < config.drawOrder.length; d++) { rank[config.drawOrder[d]] = d; }
    var buckets = new Uint32Array(257);
    var i;
    for (i = 0; i < n; i++) { buckets[rank[st[i] & 255] + 1] += 1; }
    for (i = 1; i < 257; i++) { buckets[i] += buckets[i - 1]; }
    var order = new Uint32Array(n);
    for (i = 0; i < n; i++) { order[buckets[rank[st[i] & 255]]++] = i; }

    P.n = n;
    P.ids = new Array(n);
    P.numbers = new Array(n);
    P.mx = new Float64Array(n);
    P.my = new Float64Array(n);
    P.st = new Uint8Array(n);
    P.od = new Uint8Array(n);
    P.index = new Map();
    for (var k = 0; k < n; k++) {
      i = order[k];
      P.ids[k] = String(ids[i]);
      P.numbers[k] = numbers[i] === undefined ? "" : String(numbers[i]);
      P.mx[k] = normX(+lon[i]);
      P.my[k] = normY(+lat[i]);
      P.st[k] = st[i];
      P.od[k] = od[i] ? 1 : 0;
      P.index.set(P.ids[k], k);
    }
    F.visIdx = new Uint32Array(n);
    F.visX = new Float32Array(n);
    F.visY = new Float32Array(n);
    F.dotIdx = new Uint32Array(n);
    F.dotX = new Float32Array(n);
    F.dotY = new Float32Array(n);
    F.cellOf = new Uint32Array(n);
    F.dotCount = 0;
    selected = selectedId !== null && P.index.has(selectedId) ? P.index.get(selectedId) : -1;
    stats.points = n;
    stats.pushes += 1;
    if (layer) { layer.redraw(); }
    stats.lastPushMs = performance.now() - t0;
    send("drawn", String(stats.drawn));
  }

  function latLngOf(i) {
    var lon = P.mx[i] * 360 - 180;
    var yy = (0.5 - P.my[i]) * 2 * Math.PI;
    var lat = (2 * Math.atan(Math.exp(yy)) - Math.PI / 2) * 180 / Math.PI;
    return L.latLng(lat, lon);
  }

  function selectReport(arg) {
    var id = arg && arg.id !== undefined ? String(arg.id) : "";
    var i = P.index.has(id) ? P.index.get(id) : -1;
    selected = i;
    stats.selected = i >= 0 ? id : null;
    if (i >= 0 && arg.centre !== false) {
      var zoom = Math.max(map.getZoom(), 15);
      map.setView(latLngOf(i), zoom, { animate: false });
    }
    if (layer) { layer.redraw(); }
  }

  function fitPoints() {
    if (!P.n) { return; }
    var minX = 1, minY = 1, maxX = 0, maxY = 0;
    for (var i = 0; i < P.n; i++) {
      if (P.mx[i] < minX) { minX = P.mx[i]; }
      if (P.mx[i] > maxX) { maxX = P.mx[i]; }
      if (P.my[i] < minY) { minY = P.my[i]; }
      if (P.my[i] > maxY) { maxY = P.my[i]; }
    }
    var toLat = function (my) {
      return (2 * Math.atan(Math.exp((0.5 - my) * 2 * Math.PI)) - Math.PI / 2) * 180 / Math.PI;
    };
    var bounds = L.latLngBounds(
      [toLat(maxY), minX * 360 - 180], [toLat(minY), maxX * 360 - 180]);
    map.fitBounds(bounds.pad(0.05), fitOptions(16));
  }

  // Fit options that keep what is fitted out of the bottom-left corner (legend, scale):
  // the thinner of the two strips beside it (its width on the left, its height at the
  // bottom) is left free.
  function fitOptions(maxZoom) {
    var opts = { animate: false, paddingTopLeft: [8, 8], paddingBottomRight: [8, 8] };
    if (maxZoom) { opts.maxZoom = maxZoom; }
    var corner = map && map._controlCorners ? map._controlCorners.bottomleft : null;
    if (!corner) { return opts; }
    var box = corner.getBoundingClientRect();
    var size = map.getSize();
    if (!box.width || !box.height || !size.x || !size.y) { return opts; }
    var w = box.width + 12, h = box.height + 12;
    if (w * size.y <= h * size.x) {
      opts.paddingTopLeft = [w, 8];
    } else {
      opts.paddingBottomRight = [8, h];
    }
    return opts;
  }

  // A popup about one report: every piece of text goes in with textContent.
  function showInfo(arg) {
    var id = String(arg.id || "");
    var i = P.index.has(id) ? P.index.get(id) : -1;
    var where = null;
    if (i >= 0) {
      where = latLngOf(i);
    } else if (isFinite(arg.lat) && isFinite(arg.lon)) {
      where = L.latLng(+arg.lat, +arg.lon);
    }
    if (!where) { return; }
    var box = el("div", "crm-info");
    box.appendChild(el("div", "crm-info-title", arg.title || ""));
    if (i >= 0) {
      var badge = el("span", "crm-status", labelOf(P.st[i]));
      badge.style.borderLeftColor = colourOf(P.st[i]);
      box.appendChild(badge);
      if (P.od[i]) { box.appendChild(el("span", "crm-overdue", text("overdue_short"))); }
    }
    box.appendChild(el("div", "crm-info-text", arg.text || ""));
    if (!infoPopup) {
      infoPopup = L.popup({ maxWidth: 320, autoPanPadding: [20, 20], className: "crm-popup" });
    }
    infoPopup.setLatLng(where).setContent(box).openOn(map);
    stats.info = box.textContent;
  }

  function setPick(arg) {
    if (arg.clear === true) {  // a picker map used again for the next walk-in
      if (pickMarker) { pickMarker.remove(); pickMarker = null; }
      return;
    }
    if (!isFinite(arg.lat) || !isFinite(arg.lon)) { return; }
    var where = L.latLng(+arg.lat, +arg.lon);
    if (!pickMarker) {
      pickMarker = L.circleMarker(where, {
        radius: 9, color: "#0b3d91", weight: 3, fillColor: "#fff", fillOpacity: 0.9,
        interactive: false,
      }).addTo(map);
    } else {
      pickMarker.setLatLng(where);
    }
    if (arg.centre) { map.setView(where, Math.max(map.getZoom(), arg.zoom || 15), { animate: false }); }
  }

  var handlers = {
    points: function (data) { setPoints(data); },
    select: selectReport,
    info: showInfo,
    pick: setPick,
    fit: function () { fitPoints(); },
    home: function () { goHome(); },
    legend: function (data) { setLegendOpen(data.open === true, true, false); },
    area: function (data) {
      var b = [+data.south, +data.west, +data.north, +data.east];
      if (!b.every(isFinite)) { return; }
      map.fitBounds([[b[0], b[1]], [b[2], b[3]]], fitOptions(17));
    },
  };

  function receive(kind, payload) {
    var handler = Object.prototype.hasOwnProperty.call(handlers, kind) ? handlers[kind] : null;
    if (!handler) { console.warn("crm map: unknown message"); return; }
    var data;
    try { data = JSON.parse(payload); } catch (e) { console.warn("crm map: bad message"); return; }
    handler(data || {});
  }
  CrmMap.receive = receive;

  // --- hit testing ------------------------------------------------------------------------------

  function hit(layerPoint) {
    var px = layerPoint.x, py = layerPoint.y, k, dx, dy, d2;
    if (F.mode === "cells") {
      for (k = F.cells.length - 1; k >= 0; k--) {
        var c = F.cells[k];
        dx = c.x - px; dy = c.y - py;
        if (dx * dx + dy * dy <= (c.r + 3) * (c.r + 3)) { return { cell: c }; }
      }
    }
    var best = -1, bestD = (F.radius + 5) * (F.radius + 5);
    // Last drawn is on top: scan backwards so the visible one wins.
    for (k = F.dotCount - 1; k >= 0; k--) {
      dx = F.dotX[k] - px; dy = F.dotY[k] - py;
      d2 = dx * dx + dy * dy;
      if (d2 < bestD) { bestD = d2; best = F.dotIdx[k]; }
    }
    return best >= 0 ? { point: best } : null;
  }

  function onClick(e) {
    var h = hit(map.latLngToLayerPoint(e.latlng));
    if (h && h.point !== undefined) {
      selected = h.point;
      stats.selected = P.ids[h.point];
      layer.redraw();
      send("select", P.ids[h.point]);
      return;
    }
    if (h && h.cell) {
      var centre = map.layerPointToLatLng(L.point(h.cell.x, h.cell.y));
      map.setView(centre, Math.min(map.getZoom() + 2, config.maxZoom || 19));
      return;
    }
    if (config.picker) {
      send("pick", e.latlng.lat.toFixed(6) + "," + e.latlng.lng.toFixed(6));
    }
  }

  var hoverPending = null;
  function onMouseMove(e) {
    hoverPending = e;
    if (hoverPending && !onMouseMove.scheduled) {
      onMouseMove.scheduled = true;
      window.requestAnimationFrame(function () {
        onMouseMove.scheduled = false;
        var ev = hoverPending;
        hoverPending = null;
        if (ev) { showHover(ev); }
      });
    }
  }

  function showHover(e) {
    var h = hit(map.latLngToLayerPoint(e.latlng));
    var container = map.getContainer();
    if (!h) {
      hoverBox.style.display = "none";
      container.classList.remove("crm-pointer");
      return;
    }
    container.classList.add("crm-pointer");
    hoverBox.textContent = "";
    if (h.point !== undefined) {
      var i = h.point;
      var title = P.numbers[i] || P.ids[i];
      hoverBox.appendChild(el("div", "crm-hover-title", title));
      var badge = el("span", "crm-status", labelOf(P.st[i]));
      badge.style.borderLeftColor = colourOf(P.st[i]);
      hoverBox.appendChild(badge);
      if (P.od[i]) { hoverBox.appendChild(el("span", "crm-overdue", text("overdue_short"))); }
    } else {
      var c = h.cell;
      hoverBox.appendChild(el("div", "crm-hover-title", c.n + " " + text("reports_in_group")));
      for (var d = config.drawOrder.length - 1; d >= 0; d--) {
        var code = config.drawOrder[d];
        if (!c.by[code]) { continue; }
        var row = el("div", "crm-hover-row");
        var sw = el("span", "crm-swatch");
        sw.style.background = colourOf(code);
        row.appendChild(sw);
        row.appendChild(el("span", null, labelOf(code) + ": " + c.by[code]));
        hoverBox.appendChild(row);
      }
      if (c.od) {
        hoverBox.appendChild(el("div", "crm-hover-row crm-overdue-text",
          text("overdue_short") + ": " + c.od));
      }
    }
    var p = e.containerPoint;
    hoverBox.style.left = (p.x + 14) + "px";
    hoverBox.style.top = (p.y + 14) + "px";
    hoverBox.style.display = "block";
  }

  // --- boundaries, legend, controls ---------------------------------------------------------

  // folium calls this for every kelurahan feature (on_each_feature).
  CrmMap.boundaryFeature = function (feature, featureLayer) {
    var p = feature.properties || {};
    var box = el("div", "crm-boundary-tip");
    box.appendChild(el("div", "crm-boundary-name",
      (p.admin === false ? "" : text("kelurahan_prefix") + " ") + (p.name || "")));
    if (p.kec) { box.appendChild(el("div", null, text("kecamatan_prefix") + " " + p.kec)); }
    if (p.kota) { box.appendChild(el("div", null, p.kota)); }
    featureLayer.bindTooltip(box, { sticky: true, direction: "top", offset: [0, -8],
                                    className: "crm-tooltip", opacity: 0.95 });
  };

  // --- kelurahan labels (shown when the base map has nothing to show) ---------------------

  function buildLabels(kelurahanLayer) {
    labels = L.layerGroup();
    labelCount = 0;
    kelurahanLayer.eachLayer(function (featureLayer) {
      var p = (featureLayer.feature && featureLayer.feature.properties) || {};
      if (!Array.isArray(p.lp) || p.lp.length !== 2 || !p.name) { return; }
      var inner = el("span", "crm-kel-label-text", p.name);
      var icon = L.divIcon({ className: "crm-kel-label", html: inner, iconSize: null });
      L.marker(L.latLng(+p.lp[0], +p.lp[1]), {
        icon: icon, interactive: false, keyboard: false, pane: "crmLabels",
      }).addTo(labels);
      labelCount += 1;
    });
  }

  function updateLabels() {
    if (!labels) { return; }
    var want = map.getZoom() >= (config.labelZoom || 14) && basemapReal === 0;
    if (want && !labelsOn) { labels.addTo(map); }
    if (!want && labelsOn) { labels.remove(); }
    labelsOn = want;
  }

  // Whether the base map shows anything here: a tile the app had is an image; a tile
  // nobody has is a 1x1 transparent PNG.
  function addBasemap() {
    if (!config.tileUrl) { return; }
    basemap = L.tileLayer(config.tileUrl, {
      maxZoom: config.maxZoom || 19, maxNativeZoom: config.maxZoom || 19,
      attribution: null, keepBuffer: 1,
    });
    var key = function (c) { return c.z + ":" + c.x + ":" + c.y; };
    basemap.on("tileload", function (e) {
      tileState.set(key(e.coords), e.tile.naturalWidth > 1);
      stats.tilesLoaded += 1;
    });
    basemap.on("tileerror", function (e) { tileState.set(key(e.coords), false); });
    basemap.on("tileunload", function (e) { tileState.delete(key(e.coords)); });
    basemap.on("load", function () {
      var z = map.getZoom(), real = 0;
      tileState.forEach(function (ok, k) {
        if (ok && k.split(":")[0] === String(z)) { real += 1; }
      });
      basemapReal = real;
      updateLabels();
    });
    basemap.addTo(map);
  }

  // --- the legend ----------------------------------------------------------------------------

  function legendHasRoom() {
    var size = map.getSize();
    var room = config.legendRoom || [900, 620];
    return size.x >= room[0] && size.y >= room[1];
  }

  function setLegendOpen(open, chosen, fromPerson) {
    legendOpen = !!open;
    if (chosen) { legendChosen = true; }
    if (!legendBox) { return; }
    legendBox.classList.toggle("crm-legend-folded", !legendOpen);
    var toggle = legendBox.querySelector(".crm-legend-toggle");
    if (toggle) {
      toggle.setAttribute("aria-expanded", legendOpen ? "true" : "false");
      toggle.title = text(legendOpen ? "legend_hide" : "legend_show");
      toggle.textContent = (legendOpen ? "\u25be " : "\u25b8 ") + text("legend_title");
    }
    if (fromPerson) { send("legend", legendOpen ? "1" : "0"); }
  }

  function legendSwatch(colour, shape) {
    var canvas = document.createElement("canvas");
    var ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(16 * ratio); canvas.height = Math.round(16 * ratio);
    canvas.className = "crm-swatch-shape";
    var ctx = canvas.getContext("2d");
    ctx.scale(ratio, ratio);
    ctx.beginPath();
    shapePath(ctx, shape, 8, 8, 5.2);
    ctx.fillStyle = colour; ctx.fill();
    ctx.lineWidth = 1; ctx.strokeStyle = "rgba(0,0,0,0.35)"; ctx.stroke();
    return canvas;
  }

  function addLegend() {
    var Legend = L.Control.extend({
      options: { position: "bottomleft" },
      onAdd: function () {
        var box = el("div", "crm-legend leaflet-bar");
        legendBox = box;
        var toggle = el("button", "crm-legend-toggle", text("legend_title"));
        toggle.type = "button";
        toggle.addEventListener("click", function () { setLegendOpen(!legendOpen, true, true); });
        box.appendChild(toggle);
        var body = el("div", "crm-legend-body");
        box.appendChild(body);
        box = body;
        // One row per colour; statuses sharing a colour share the row (by name).
        var rows = [], byColour = {};
        for (var d = config.drawOrder.length - 1; d >= 0; d--) {
          var s = config.statuses[config.drawOrder[d]];
          if (!s) { continue; }
          var look = s.colour + "|" + (s.shape || "circle");
          if (byColour[look]) {
            byColour[look].labels.push(s.label);
          } else {
            byColour[look] = { colour: s.colour, shape: s.shape || "circle", labels: [s.label] };
            rows.push(byColour[look]);
          }
        }
        for (var k = 0; k < rows.length; k++) {
          var row = el("div", "crm-legend-row");
          row.appendChild(legendSwatch(rows[k].colour, rows[k].shape));
          row.appendChild(el("span", null, rows[k].labels.join(" / ")));
          box.appendChild(row);
        }
        var over = el("div", "crm-legend-row");
        over.appendChild(el("span", "crm-dot crm-dot-overdue"));
        over.appendChild(el("span", null, text("overdue")));
        box.appendChild(over);
        box.appendChild(el("div", "crm-legend-note", text("cluster")));
        box.appendChild(el("div", "crm-legend-note", text("cluster_overdue")));
        L.DomEvent.disableClickPropagation(legendBox);
        L.DomEvent.disableScrollPropagation(legendBox);
        return legendBox;
      },
    });
    new Legend().addTo(map);
    // Until the person chooses (or Python says what they chose last): open only where
    // it has room, also after the window is resized.
    setLegendOpen(legendHasRoom(), false, false);
    map.on("resize", function () {
      if (!legendChosen) { setLegendOpen(legendHasRoom(), false, false); }
    });
  }

  // The credit line (tile source, boundaries): text only, whatever the configuration says.
  function addCredits() {
    var parts = [];
    if (config.tileAttribution) { parts.push(String(config.tileAttribution)); }
    if (config.attribution) { parts.push(String(config.attribution)); }
    if (!parts.length) { return; }
    var Credits = L.Control.extend({
      options: { position: "bottomright" },
      onAdd: function () {
        var box = el("div", "leaflet-control-attribution crm-credits", parts.join(" | "));
        L.DomEvent.disableClickPropagation(box);
        return box;
      },
    });
    new Credits().addTo(map);
  }

  function goHome() {
    if (config.home) { map.fitBounds(config.home, fitOptions(null)); }
  }

  CrmMap.stats = function () {
    var c = map ? map.getCenter() : { lat: 0, lng: 0 };
    return JSON.stringify({
      points: stats.points, drawn: stats.drawn, frames: stats.frames, mode: stats.mode,
      cells: stats.cells, pushes: stats.pushes, lastDrawMs: stats.lastDrawMs,
      lastPushMs: stats.lastPushMs, ready: stats.ready, selected: stats.selected,
      info: stats.info, lat: c.lat, lon: c.lng, zoom: map ? map.getZoom() : null,
      labels: labelsOn ? labelCount : 0, labelCount: labelCount, basemapReal: basemapReal,
      tilesLoaded: stats.tilesLoaded, legendOpen: legendOpen, picked: pickMarker !== null,
    });
  };

  // How many drawn points lie under an element of the page (tests: the legend covers none).
  CrmMap.pointsUnder = function (selector) {
    var node = document.querySelector(selector);
    if (!node || !layer) { return -1; }
    var box = node.getBoundingClientRect();
    var r = map.getContainer().getBoundingClientRect();
    var origin = map.getPixelOrigin();
    var scale = 256 * Math.pow(2, map.getZoom());
    var size = map.getSize();
    var under = 0;
    for (var i = 0; i < P.n; i++) {
      var x = P.mx[i] * scale - origin.x + map._getMapPanePos().x + r.left;
      var y = P.my[i] * scale - origin.y + map._getMapPanePos().y + r.top;
      if (x < r.left || y < r.top || x > r.left + size.x || y > r.top + size.y) { continue; }
      if (x >= box.left - 3 && x <= box.right + 3 && y >= box.top - 3 && y <= box.bottom + 3) {
        under += 1;
      }
    }
    return under;
  };

  CrmMap.rectOf = function (selector) {
    var node = document.querySelector(selector);
    if (!node) { return null; }
    var b = node.getBoundingClientRect();
    return JSON.stringify({ left: b.left, top: b.top, width: b.width, height: b.height });
  };

  // Where a report is drawn, in page (client) pixels; null when not drawn.
  CrmMap.pixelOf = function (id) {
    var i = P.index.has(String(id)) ? P.index.get(String(id)) : -1;
    if (i < 0) { return null; }
    var p = map.latLngToContainerPoint(latLngOf(i));
    var r = map.getContainer().getBoundingClientRect();
    return JSON.stringify({ x: p.x + r.left, y: p.y + r.top });
  };

  // Where a place is on the page, in page (client) pixels.
  CrmMap.pixelOfLatLng = function (lat, lon) {
    var p = map.latLngToContainerPoint(L.latLng(lat, lon));
    var r = map.getContainer().getBoundingClientRect();
    return JSON.stringify({ x: p.x + r.left, y: p.y + r.top });
  };

  CrmMap.setView = function (lat, lon, zoom) {
    map.setView(L.latLng(lat, lon), zoom, { animate: false });
  };

  CrmMap.bounds = function () {
    var b = map.getBounds();
    return JSON.stringify({ west: b.getWest(), south: b.getSouth(), east: b.getEast(),
                            north: b.getNorth(), zoom: map.getZoom() });
  };

  // Redraw the current view n times, synchronously (benchmarks).
  CrmMap.redrawTimes = function (n) {
    var t0 = performance.now();
    for (var k = 0; k < n; k++) { layer.redraw(); }
    return (performance.now() - t0) / n;
  };

  CrmMap.panBy = function (dx, dy) { map.panBy([dx, dy], { animate: false }); };

  CrmMap.init = function (leafletMap, layers, cfg) {
    map = leafletMap;
    config = cfg || config;
    config.texts = config.texts || {};
    if (!config.texts.overdue_short) { config.texts.overdue_short = config.texts.overdue; }
    var pane = map.createPane("crmPoints");
    pane.style.zIndex = 450; // above the outlines (400), below tooltips/popups
    pane.style.pointerEvents = "none";
    var labelPane = map.createPane("crmLabels");
    labelPane.style.zIndex = 430; // above the outlines, below the points
    labelPane.style.pointerEvents = "none";
    layer = new PointsLayer();
    map.addLayer(layer);
    if (layers.kota) { layers.kota.bringToFront(); }
    addCredits();
    hoverBox = el("div", "crm-hover");
    hoverBox.style.display = "none";
    map.getContainer().appendChild(hoverBox);
    map.on("click", onClick);
    map.on("mousemove", onMouseMove);
    map.on("mouseout", function () { hoverBox.style.display = "none"; });
    if (config.legend) { addLegend(); }
    if (layers.kelurahan) { buildLabels(layers.kelurahan); }
    goHome();
    addBasemap(); // after the first view is set: no tiles of a view never shown
    map.on("zoomend", updateLabels);
    updateLabels();
    window.addEventListener("message", function (e) {
      var m = e.data;
      if (e.source !== window || !m || m.crm !== "post") { return; }
      receive(String(m.kind), String(m.json));
    });
    stats.ready = true;
    send("ready", "");
  };
})();
