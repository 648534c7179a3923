// The board drawn on a canvas: swimlanes, stickies in their kinds' colours, pan and zoom by mouse, wheel and touch.
// Text is drawn with fillText, never put into the page as markup.
"use strict";

window.BoardCanvas = (function () {
  const MIN_SCALE = 0.05;
  const MAX_SCALE = 4;
  const TEXT = "#1f2933";

  function create(canvas, handlers) {
    const ctx = canvas.getContext("2d");
    const state = {
      stickies: new Map(),   // id -> sticky view
      lanes: [],
      colors: {},            // kind word -> colour
      mine: new Set(),
      pending: [],           // stickies written here, not yet confirmed: {key, kind, name, x, y}
      mark: null,            // where the next sticky goes: {x, y} in board units
      voteKinds: null,       // null when no vote is open; [] for every kind
      myDots: {},
      scale: 0.6,
      ox: 40,                // screen position of the board's origin
      oy: 80,
      fitted: false,
      insets: { top: 56, bottom: 140 },
    };
    let frame = 0;

    function redraw() {
      if (!frame) {
        frame = requestAnimationFrame(draw);
      }
    }

    function resize() {
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.round(canvas.clientWidth * ratio);
      canvas.height = Math.round(canvas.clientHeight * ratio);
      redraw();
    }

    function toBoard(sx, sy) {
      return { x: (sx - state.ox) / state.scale, y: (sy - state.oy) / state.scale };
    }

    function extent() {
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      const grow = (x, y, w, h) => {
        minX = Math.min(minX, x); minY = Math.min(minY, y);
        maxX = Math.max(maxX, x + w); maxY = Math.max(maxY, y + h);
      };
      state.stickies.forEach(s => grow(s.x, s.y, s.w, s.h));
      state.lanes.forEach(l => grow(minX === Infinity ? 0 : minX, l.y, 1, l.h));
      if (minX === Infinity) {
        return { x: 0, y: 0, w: 800, h: 400 };
      }
      return { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
    }

    /** The whole board in view. */
    function fit() {
      const box = extent();
      const width = canvas.clientWidth - 40;
      const height = canvas.clientHeight - state.insets.top - state.insets.bottom - 20;
      state.scale = clamp(Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1)), MIN_SCALE, 1.2);
      state.ox = 20 + (width - box.w * state.scale) / 2 - box.x * state.scale;
      state.oy = state.insets.top + 10 + (height - box.h * state.scale) / 2 - box.y * state.scale;
      state.fitted = true;
      redraw();
    }

    /**
     * The first view: the whole board where it fits legibly; on a narrow screen (a phone) the board's full height from
     * its start, so the lanes and the names can be read, and the rest is a swipe away.
     */
    function firstView() {
      fit();
      const box = extent();
      const height = canvas.clientHeight - state.insets.top - state.insets.bottom - 20;
      const tall = clamp(height / Math.max(box.h, 1), MIN_SCALE, 1.2);
      if (state.scale < 0.45 && tall > state.scale * 1.2) {
        state.scale = Math.max(tall, 0.5);
        state.ox = 20 - box.x * state.scale;
        state.oy = state.insets.top + 10 - box.y * state.scale;
        redraw();
      }
    }

    function zoomAt(sx, sy, factor) {
      const before = toBoard(sx, sy);
      state.scale = clamp(state.scale * factor, MIN_SCALE, MAX_SCALE);
      state.ox = sx - before.x * state.scale;
      state.oy = sy - before.y * state.scale;
      redraw();
    }

    function draw() {
      frame = 0;
      const ratio = window.devicePixelRatio || 1;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, canvas.clientWidth, canvas.clientHeight);
      const dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
      drawLanes(dark);
      state.stickies.forEach(sticky => drawSticky(sticky, false));
      state.pending.forEach(p => drawSticky(p, true));
      if (state.mark) {
        drawMark(state.mark);
      }
      drawLaneLabels(dark);
    }

    function drawLanes(dark) {
      state.lanes.forEach((lane, i) => {
        const top = state.oy + lane.y * state.scale;
        const height = lane.h * state.scale;
        ctx.fillStyle = i % 2 === 0 ? (dark ? "#22272e" : "#eceff3") : (dark ? "#1e2228" : "#f7f8fa");
        ctx.fillRect(0, top, canvas.clientWidth, height);
      });
    }

    /** The lanes' names stay at the left edge, over the stickies, on a pill of their own. */
    function drawLaneLabels(dark) {
      ctx.font = "600 12px system-ui, sans-serif";
      ctx.textBaseline = "middle";
      state.lanes.forEach(lane => {
        const top = state.oy + lane.y * state.scale;
        const width = ctx.measureText(lane.name).width + 14;
        ctx.fillStyle = dark ? "rgba(38, 43, 50, 0.92)" : "rgba(255, 255, 255, 0.92)";
        roundRect(6, top + 6, width, 22, 11);
        ctx.fill();
        ctx.fillStyle = dark ? "#c3cbd4" : "#3e4c59";
        ctx.fillText(lane.name, 13, top + 17);
      });
    }

    /** One sticky, drawn in screen units: its text never smaller than 10 px, so names stay legible zoomed out. */
    function drawSticky(sticky, pending) {
      const x = state.ox + sticky.x * state.scale, y = state.oy + sticky.y * state.scale;
      const w = sticky.w * state.scale, h = sticky.h * state.scale;
      if (x > canvas.clientWidth || y > canvas.clientHeight || x + w < 0 || y + h < 0) {
        return;
      }
      const radius = Math.max(2, 6 * state.scale);
      const votable = state.voteKinds && (state.voteKinds.length === 0 || state.voteKinds.includes(sticky.kind));
      ctx.globalAlpha = pending ? 0.55 : (state.voteKinds && !votable ? 0.35 : 1);
      ctx.fillStyle = "rgba(15, 23, 42, 0.18)";
      roundRect(x + 1.5, y + 2, w, h, radius);
      ctx.fill();
      ctx.fillStyle = sticky.color || state.colors[sticky.kind] || "#e9ecef";
      roundRect(x, y, w, h, radius);
      ctx.fill();
      if (pending) {
        ctx.setLineDash([6, 4]);
        ctx.strokeStyle = TEXT;
        ctx.lineWidth = 1.5;
        roundRect(x, y, w, h, radius);
        ctx.stroke();
        ctx.setLineDash([]);
      } else if (state.mine.has(sticky.id)) {
        ctx.strokeStyle = "#3b6fd8";
        ctx.lineWidth = Math.max(2, 3 * state.scale);
        roundRect(x, y, w, h, radius);
        ctx.stroke();
      }
      if (w >= 28 && h >= 14) {
        const size = Math.max(10, 15 * state.scale);
        const pad = Math.max(3, 8 * state.scale);
        const roomy = h >= size * 4.6;
        ctx.save();
        roundRect(x, y, w, h, radius);
        ctx.clip();
        ctx.fillStyle = TEXT;
        ctx.font = "600 " + size.toFixed(1) + "px system-ui, sans-serif";
        ctx.textBaseline = "top";
        const lines = wrap(sticky.name, w - 2 * pad, Math.max(1, Math.floor((h - pad - (roomy ? size * 1.6 : 0)) / (size * 1.2))));
        lines.forEach((line, i) => ctx.fillText(line, x + pad, y + pad + i * size * 1.2));
        const foot = pending ? "waiting to send…" : (sticky.author || "");
        if (foot && roomy) {
          ctx.font = Math.max(9, 12 * state.scale).toFixed(1) + "px system-ui, sans-serif";
          ctx.fillStyle = "rgba(31, 41, 51, 0.75)";
          ctx.fillText(ellipsis(foot, w - 2 * pad - (sticky.votes ? 26 : 0)), x + pad, y + h - pad - Math.max(9, 12 * state.scale));
        }
        ctx.restore();
      }
      if (sticky.votes) {
        drawVotes(x + w - 4, y + h - 4, sticky.votes, (state.myDots[sticky.id] || 0) > 0);
      }
      ctx.globalAlpha = 1;
    }

    function drawVotes(cx, cy, votes, mine) {
      ctx.fillStyle = mine ? "#3b6fd8" : "#1f2933";
      ctx.beginPath();
      ctx.arc(cx - 8, cy - 8, 12, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = "#ffffff";
      ctx.font = "700 12px system-ui, sans-serif";
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      ctx.fillText(String(votes), cx - 8, cy - 7);
      ctx.textAlign = "start";
    }

    function drawMark(mark) {
      const x = state.ox + (mark.x - 80) * state.scale, y = state.oy + (mark.y - 50) * state.scale;
      ctx.strokeStyle = "#3b6fd8";
      ctx.lineWidth = 2;
      ctx.setLineDash([8, 6]);
      roundRect(x, y, 160 * state.scale, 100 * state.scale, 6);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = "#3b6fd8";
      ctx.font = "600 13px system-ui, sans-serif";
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      ctx.fillText("+ here", state.ox + mark.x * state.scale, state.oy + mark.y * state.scale);
      ctx.textAlign = "start";
    }

    function roundRect(x, y, w, h, r) {
      ctx.beginPath();
      ctx.moveTo(x + r, y);
      ctx.arcTo(x + w, y, x + w, y + h, r);
      ctx.arcTo(x + w, y + h, x, y + h, r);
      ctx.arcTo(x, y + h, x, y, r);
      ctx.arcTo(x, y, x + w, y, r);
      ctx.closePath();
    }

    function wrap(text, width, maxLines) {
      const words = String(text).split(/\s+/);
      const lines = [];
      let line = "";
      for (const word of words) {
        const next = line ? line + " " + word : word;
        if (ctx.measureText(next).width <= width || !line) {
          line = next;
        } else {
          lines.push(line);
          line = word;
        }
      }
      if (line) {
        lines.push(line);
      }
      if (lines.length > maxLines) {
        const kept = lines.slice(0, maxLines);
        kept[maxLines - 1] = ellipsis(kept[maxLines - 1] + " " + lines[maxLines], width);
        return kept;
      }
      return lines.map(l => ellipsis(l, width));
    }

    function ellipsis(text, width) {
      if (ctx.measureText(text).width <= width) {
        return text;
      }
      let cut = text;
      while (cut.length > 1 && ctx.measureText(cut + "…").width > width) {
        cut = cut.slice(0, -1);
      }
      return cut + "…";
    }

    function stickyAt(point) {
      let hit = null;
      state.stickies.forEach(s => {
        if (point.x >= s.x && point.x <= s.x + s.w && point.y >= s.y && point.y <= s.y + s.h) {
          hit = s;
        }
      });
      return hit;
    }

    // Pointer input: one pointer drags the board, two pinch it; a short press that did not move is a tap.
    const pointers = new Map();
    let pinch = null;
    let press = null;
    canvas.addEventListener("pointerdown", event => {
      canvas.setPointerCapture(event.pointerId);
      pointers.set(event.pointerId, { x: event.offsetX, y: event.offsetY });
      if (pointers.size === 1) {
        press = { x: event.offsetX, y: event.offsetY, moved: false, time: Date.now() };
      } else if (pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        pinch = { distance: Math.hypot(a.x - b.x, a.y - b.y), scale: state.scale };
        press = null;
      }
    });
    canvas.addEventListener("pointermove", event => {
      const last = pointers.get(event.pointerId);
      if (!last) {
        return;
      }
      const now = { x: event.offsetX, y: event.offsetY };
      pointers.set(event.pointerId, now);
      if (pointers.size === 2 && pinch) {
        const [a, b] = [...pointers.values()];
        const distance = Math.hypot(a.x - b.x, a.y - b.y);
        const factor = (pinch.scale * distance / pinch.distance) / state.scale;
        zoomAt((a.x + b.x) / 2, (a.y + b.y) / 2, factor);
        return;
      }
      if (press && Math.hypot(now.x - press.x, now.y - press.y) > 6) {
        press.moved = true;
      }
      if (!press || press.moved) {
        state.ox += now.x - last.x;
        state.oy += now.y - last.y;
        redraw();
      }
    });
    const release = event => {
      pointers.delete(event.pointerId);
      if (pointers.size < 2) {
        pinch = null;
      }
      if (press && !press.moved && event.type === "pointerup" && Date.now() - press.time < 600) {
        const point = toBoard(event.offsetX, event.offsetY);
        const sticky = stickyAt(point);
        if (sticky) {
          handlers.stickyTapped(sticky);
        } else {
          handlers.boardTapped({ x: Math.round(point.x), y: Math.round(point.y) });
        }
      }
      press = null;
    };
    canvas.addEventListener("pointerup", release);
    canvas.addEventListener("pointercancel", release);
    canvas.addEventListener("wheel", event => {
      event.preventDefault();
      if (event.ctrlKey || Math.abs(event.deltaY) > Math.abs(event.deltaX)) {
        zoomAt(event.offsetX, event.offsetY, Math.exp(-event.deltaY * 0.0015));
      } else {
        state.ox -= event.deltaX;
        redraw();
      }
    }, { passive: false });
    window.addEventListener("resize", resize);
    resize();

    return {
      setBoard(view) {
        state.stickies = new Map(view.stickies.map(s => [s.id, s]));
        state.lanes = view.lanes;
        state.colors = view.colors;
        if (!state.fitted) {
          firstView();
        }
        redraw();
      },
      update(stickies, removed) {
        stickies.forEach(s => state.stickies.set(s.id, s));
        removed.forEach(id => state.stickies.delete(id));
        redraw();
      },
      sticky(id) { return state.stickies.get(id); },
      colors() { return state.colors; },
      stickies() { return [...state.stickies.values()]; },
      setMine(ids) { state.mine = new Set(ids); redraw(); },
      setPending(list) { state.pending = list; redraw(); },
      setMark(mark) { state.mark = mark; redraw(); },
      setVote(kinds, dots) { state.voteKinds = kinds; state.myDots = dots || {}; redraw(); },
      setInsets(top, bottom) { state.insets = { top, bottom }; },
      endOfTimeline() {
        let right = 0, top = Infinity;
        state.stickies.forEach(s => { right = Math.max(right, s.x + s.w); top = Math.min(top, s.y); });
        return { x: right + 40 + 80, y: (top === Infinity ? 0 : top) + 50 };
      },
      /** Brings the sticky into view when it is not, without changing the zoom. */
      reveal(id) {
        const s = state.stickies.get(id);
        if (!s) {
          return;
        }
        const x = state.ox + s.x * state.scale, y = state.oy + s.y * state.scale;
        const w = s.w * state.scale, h = s.h * state.scale;
        const bottom = canvas.clientHeight - state.insets.bottom;
        if (x < 0 || y < state.insets.top || x + w > canvas.clientWidth || y + h > bottom) {
          state.ox += canvas.clientWidth / 2 - (x + w / 2);
          state.oy += (state.insets.top + bottom) / 2 - (y + h / 2);
          redraw();
        }
      },
      zoomIn() { zoomAt(canvas.clientWidth / 2, canvas.clientHeight / 2, 1.25); },
      zoomOut() { zoomAt(canvas.clientWidth / 2, canvas.clientHeight / 2, 0.8); },
      fit,
    };
  }

  function clamp(value, min, max) {
    return Math.max(min, Math.min(max, value));
  }

  return { create };
})();
