// The participant page: joins the workshop, shows the board live, writes stickies, votes, and keeps what it wrote
// until the host confirms it (through dropped connections and reloads). Protocol: workshop-protocol.md.
// Every text from the board or another person is put on the page with textContent or drawn with fillText.
"use strict";

(function () {
  const $ = id => document.getElementById(id);
  const space = location.pathname;                      // one workshop's link: /w/TOKEN/
  const store = {
    get(name, fallback) {
      try {
        const value = localStorage.getItem("eventstorm:" + space + ":" + name);
        return value === null ? fallback : JSON.parse(value);
      } catch (e) {
        return fallback;
      }
    },
    set(name, value) {
      try {
        localStorage.setItem("eventstorm:" + space + ":" + name, JSON.stringify(value));
      } catch (e) {
        // Storage full or off: the page still works while it stays open.
      }
    },
  };

  const key = store.get("key", null) || randomId(24);
  store.set("key", key);
  let outbox = store.get("outbox", []);              // intents sent or to send, until the host answers them
  let mine = new Set(store.get("mine", []));
  let socket = null;
  let joined = false;
  let gone = false;
  let retry = 500;
  let you = null;
  let session = null;
  let offset = 0;                                       // the host's clock minus this one
  let kind = store.get("kind", null);
  let mark = null;
  let sheetSticky = null;
  let kinds = [];

  const board = BoardCanvas.create($("board"), {
    boardTapped(point) {
      if (!joined) {
        return;
      }
      mark = mark && Math.hypot(mark.x - point.x, mark.y - point.y) < 40 ? null : point;
      board.setMark(mark);
      if (mark) {
        $("text").focus({ preventScroll: true });
      }
    },
    stickyTapped(sticky) {
      openSheet(sticky);
    },
  });

  function randomId(bytes) {
    const values = new Uint8Array(bytes);
    crypto.getRandomValues(values);
    return Array.from(values, b => b.toString(16).padStart(2, "0")).join("");
  }

  // ---- the connection ------------------------------------------------------------------------------

  function connect() {
    if (gone) {
      return;
    }
    const url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + space + "ws";
    socket = new WebSocket(url);
    setStatus(false);
    socket.onopen = () => {
      retry = 500;
      const name = store.get("name", "");
      if (name) {
        send({ type: "join", name, key });
      } else {
        showJoin();
      }
    };
    socket.onmessage = event => received(JSON.parse(event.data));
    socket.onclose = () => {
      joined = false;
      setStatus(false);
      if (!gone) {
        setTimeout(connect, retry);
        retry = Math.min(retry * 2, 5000);
      }
    };
  }

  function send(message) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(message));
      return true;
    }
    return false;
  }

  /** Keeps an intent until the host answers it, and sends it now if the host is there. */
  function submit(intent) {
    intent.id = randomId(16);
    outbox.push(intent);
    store.set("outbox", outbox);
    showPending();
    if (joined) {
      send(intent);
    }
    setStatus(joined);
  }

  /** After joining: everything not yet answered goes again, at most 20 a second. The host applies each id once. */
  function flushOutbox() {
    const queue = outbox.slice();
    const next = () => {
      if (!joined || queue.length === 0) {
        return;
      }
      send(queue.shift());
      setTimeout(next, 50);
    };
    next();
  }

  function received(message) {
    switch (message.type) {
      case "welcome":
        joined = true;
        you = message.you;
        mine = new Set(message.you.stickies.concat([...mine].filter(id => message.board.stickies.some(s => s.id === id))));
        saveMine();
        board.setBoard(message.board);
        setKinds(message.board);
        $("title").textContent = message.board.title || "Workshop";
        document.title = (message.board.title || "Workshop") + " · EventStorm Studio";
        $("join").hidden = true;
        $("write").hidden = false;
        $("facilitator").hidden = you.role !== "facilitator";
        setSession(message.session, message.now);
        setYou(message.you);
        setStatus(true);
        refreshList();
        flushOutbox();
        break;
      case "board":
        board.setBoard(message.board);
        refreshList();
        setKinds(message.board);
        $("title").textContent = message.board.title || "Workshop";
        break;
      case "changed":
        board.update(message.stickies, message.removed);
        refreshList();
        break;
      case "session":
        setSession(message.session, message.now);
        break;
      case "you":
        setYou(message.you);
        break;
      case "ack":
        answered(message);
        break;
      case "notice":
        toast(message.text);
        break;
      case "error":
        if (!joined) {
          $("join-error").textContent = message.text;
          showJoin();
        } else {
          toast(message.text);
        }
        break;
      case "removed":
        leave("You are no longer in this workshop", message.text);
        break;
    }
  }

  function answered(ack) {
    const intent = outbox.find(each => each.id === ack.id);
    outbox = outbox.filter(each => each.id !== ack.id);
    store.set("outbox", outbox);
    if (ack.ok && intent && (intent.type === "add" || intent.type === "rename")) {
      if (intent.sticky) {
        mine.delete(intent.sticky);
      }
      mine.add(ack.sticky);
      saveMine();
      board.reveal(ack.sticky);
    } else if (ack.ok && intent && intent.type === "delete") {
      mine.delete(intent.sticky);
      saveMine();
    } else if (!ack.ok) {
      const what = intent && intent.name ? " ('" + intent.name + "')" : "";
      toast("Not done" + what + ": " + ack.error);
    }
    showPending();
    setStatus(joined);
  }

  function saveMine() {
    store.set("mine", [...mine]);
    board.setMine(mine);
  }

  // ---- the room ------------------------------------------------------------------------------------

  function setSession(view, now) {
    session = view;
    offset = now - Date.now();
    const phase = $("phase");
    phase.hidden = !view.phase;
    phase.textContent = view.phase || "";
    $("lock").textContent = view.locked ? "Open writing" : "Lock writing";
    $("add").disabled = view.locked;
    $("hint").textContent = view.locked ? "The facilitator has paused writing." : "Tap the board to place it there, or Add puts it at the end of the timeline.";
    const banner = $("voting");
    banner.hidden = !view.vote.open;
    board.setVote(view.vote.open ? view.vote.kinds : null, you ? you.dots : {});
    showPeople(view.participants);
    tick();
    if (you) {
      setYou(you);
    }
  }

  function setYou(view) {
    you = view;
    if (session && session.vote.open) {
      const on = session.vote.kinds.length === 0 ? "any sticky" : session.vote.kinds.map(k => k.replace("-", " ") + "s").join(", ");
      $("voting").textContent = "Vote open on " + on + " · " + view.dotsLeft + " of " + session.vote.dots + " dots left · tap a sticky";
      board.setVote(session.vote.kinds, view.dots);
    }
    if (sheetSticky) {
      openSheet(board.sticky(sheetSticky) || null);
    }
  }

  function tick() {
    const timer = $("timer");
    if (!session || !session.endsAt) {
      timer.hidden = true;
      return;
    }
    const left = Math.max(0, session.endsAt - (Date.now() + offset));
    const seconds = Math.ceil(left / 1000);
    timer.hidden = false;
    timer.textContent = left === 0 ? "Time's up" : Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
    timer.className = "timer" + (left === 0 ? " over" : seconds <= 60 ? " ending" : "");
  }
  setInterval(tick, 250);

  function showPeople(people) {
    const list = $("people");
    list.replaceChildren();
    people.forEach(person => {
      const item = document.createElement("li");
      item.className = person.online ? "" : "offline";
      const name = document.createElement("span");
      name.textContent = person.name + " · " + person.stickies + (person.stickies === 1 ? " sticky" : " stickies") + (person.online ? "" : " · away");
      item.appendChild(name);
      if (you && you.role === "facilitator" && person.id !== you.id) {
        const remove = document.createElement("button");
        remove.type = "button";
        remove.textContent = "Remove";
        remove.addEventListener("click", () => send({ type: "remove", participant: person.id }));
        item.appendChild(remove);
      }
      list.appendChild(item);
    });
  }

  // ---- writing -------------------------------------------------------------------------------------

  function setKinds(view) {
    kinds = view.kinds;
    if (!kinds.some(k => k.kind === kind)) {
      kind = kinds.length ? kinds[0].kind : null;
    }
    const bar = $("kinds");
    bar.replaceChildren();
    kinds.forEach(k => {
      const chip = document.createElement("button");
      chip.type = "button";
      chip.setAttribute("role", "radio");
      chip.setAttribute("aria-checked", String(k.kind === kind));
      chip.dataset.kind = k.kind;
      chip.style.background = k.color;
      chip.textContent = k.title;
      chip.addEventListener("click", () => {
        kind = k.kind;
        store.set("kind", kind);
        bar.querySelectorAll("button").forEach(b => b.setAttribute("aria-checked", String(b.dataset.kind === kind)));
        $("text").placeholder = placeholder(kind);
      });
      bar.appendChild(chip);
    });
    $("text").placeholder = placeholder(kind);
  }

  function placeholder(word) {
    return {
      "event": "What happened? (Order Placed)",
      "command": "What does someone ask for? (Place Order)",
      "hotspot": "What is unclear or risky?",
      "actor": "Who? (Customer)",
      "external-system": "Which system? (Payment Gateway)",
      "policy": "Whenever … then …",
      "read-model": "What does someone look at?",
      "aggregate": "What holds the rules? (Order)",
      "note": "Anything the room needs to remember",
    }[word] || "Write a sticky";
  }

  $("write-form").addEventListener("submit", event => {
    event.preventDefault();
    const text = $("text").value.trim();
    if (!text || !kind) {
      return;
    }
    const intent = { type: "add", kind, name: text };
    if (mark) {
      intent.x = mark.x;
      intent.y = mark.y;
    }
    submit(intent);
    $("text").value = "";
    mark = null;
    board.setMark(null);
  });

  function showPending() {
    const end = board.endOfTimeline();
    let shift = 0;
    board.setPending(outbox.filter(each => each.type === "add").map(each => {
      const size = { w: 160, h: 100 };
      const x = each.x !== undefined ? each.x : end.x + (shift++) * 200;
      const y = each.y !== undefined ? each.y : end.y;
      return { id: each.id, kind: each.kind, name: each.name, x: x - size.w / 2, y: y - size.h / 2, w: size.w, h: size.h };
    }));
  }

  // ---- one sticky ----------------------------------------------------------------------------------

  function openSheet(sticky) {
    if (!sticky) {
      closeSheet();
      return;
    }
    sheetSticky = sticky.id;
    const own = mine.has(sticky.id);
    const voting = session && session.vote.open && (session.vote.kinds.length === 0 || session.vote.kinds.includes(sticky.kind));
    const myDots = you && you.dots[sticky.id] ? you.dots[sticky.id] : 0;
    $("sheet-title").textContent = sticky.name;
    let text = (sticky.author ? "By " + sticky.author : "On the board") + (sticky.votes ? " · " + sticky.votes + (sticky.votes === 1 ? " dot" : " dots") : "");
    if (voting) {
      text += " · yours here: " + myDots;
    }
    $("sheet-text").textContent = text;
    $("rename-form").hidden = !own || (session && session.locked);
    $("rename-text").value = sticky.name;
    $("delete").hidden = !own || (session && session.locked);
    $("vote-add").hidden = !voting;
    $("vote-add").disabled = !you || you.dotsLeft === 0;
    $("vote-remove").hidden = !voting || myDots === 0;
    $("sheet").hidden = false;
  }

  function closeSheet() {
    sheetSticky = null;
    $("sheet").hidden = true;
  }

  $("sheet-close").addEventListener("click", closeSheet);
  $("rename-form").addEventListener("submit", event => {
    event.preventDefault();
    const name = $("rename-text").value.trim();
    if (name && sheetSticky) {
      submit({ type: "rename", sticky: sheetSticky, name });
    }
    closeSheet();
  });
  $("delete").addEventListener("click", () => {
    if (sheetSticky) {
      submit({ type: "delete", sticky: sheetSticky });
    }
    closeSheet();
  });
  $("vote-add").addEventListener("click", () => sheetSticky && submit({ type: "vote", sticky: sheetSticky }));
  $("vote-remove").addEventListener("click", () => sheetSticky && submit({ type: "unvote", sticky: sheetSticky }));

  // ---- facilitating (the facilitator's link only) ---------------------------------------------------

  $("phase-start").addEventListener("click", () => send({ type: "phase", name: $("phase-name").value, minutes: Number($("phase-minutes").value) || 0 }));
  $("timer-stop").addEventListener("click", () => send({ type: "timer", minutes: 0 }));
  $("lock").addEventListener("click", () => send({ type: "lock", locked: !(session && session.locked) }));
  $("vote-open").addEventListener("click", () => {
    const on = $("vote-kind").value;
    send({ type: "open-vote", dots: Number($("vote-dots").value) || 3, kinds: on ? [on] : [] });
  });
  $("vote-close").addEventListener("click", () => send({ type: "close-vote" }));
  $("fold").addEventListener("click", () => {
    const folded = $("facilitator").classList.toggle("folded");
    $("fold").textContent = folded ? "Facilitator" : "Hide";
    $("fold").setAttribute("aria-expanded", String(!folded));
  });

  // ---- joining, leaving, the status ----------------------------------------------------------------

  function showJoin() {
    $("join").hidden = false;
    $("write").hidden = true;
    $("join-name").value = store.get("name", "");
    $("join-name").focus();
  }

  $("join-form").addEventListener("submit", event => {
    event.preventDefault();
    const name = $("join-name").value.trim();
    if (!name) {
      return;
    }
    store.set("name", name);
    $("join-error").textContent = "";
    send({ type: "join", name, key });
  });

  function leave(title, text) {
    gone = true;
    joined = false;
    $("gone-title").textContent = title;
    $("gone-text").textContent = text;
    $("gone").hidden = false;
    $("write").hidden = true;
    $("join").hidden = true;
    setStatus(false);
  }

  function setStatus(live) {
    const status = $("status");
    const waiting = outbox.length;
    status.className = "status" + (live ? " live" : "");
    status.textContent = (live ? "Live" : gone ? "Left" : "Reconnecting…") + (waiting ? " · " + waiting + " waiting" : "");
  }

  let toastTimer = 0;
  function toast(text) {
    const box = $("toast");
    box.textContent = text;
    box.classList.add("shown");
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => box.classList.remove("shown"), 5000);
  }

  // ---- the list: every sticky as text, for small screens, keyboards and screen readers ----------------

  let listFrame = 0;
  function refreshList() {
    if ($("list").hidden || listFrame) {
      return;
    }
    listFrame = requestAnimationFrame(() => {
      listFrame = 0;
      const filter = $("list-filter").value.trim().toLowerCase();
      const colors = board.colors();
      const items = document.createDocumentFragment();
      board.stickies().filter(s => !filter || s.name.toLowerCase().includes(filter) || (s.author || "").toLowerCase().includes(filter))
        .sort((a, b) => a.x - b.x || a.y - b.y).forEach(sticky => {
          const item = document.createElement("li");
          const button = document.createElement("button");
          button.type = "button";
          button.dataset.id = sticky.id;
          button.className = mine.has(sticky.id) ? "mine" : "";
          const dot = document.createElement("span");
          dot.className = "dot";
          dot.style.background = sticky.color || colors[sticky.kind] || "#e9ecef";
          const name = document.createElement("span");
          name.className = "name";
          name.textContent = sticky.name;
          const meta = document.createElement("span");
          meta.className = "meta";
          meta.textContent = [sticky.author, sticky.votes ? sticky.votes + (sticky.votes === 1 ? " dot" : " dots") : ""].filter(Boolean).join(" · ");
          button.append(dot, name, meta);
          button.addEventListener("click", () => openSheet(board.sticky(sticky.id)));
          item.appendChild(button);
          items.appendChild(item);
        });
      $("sticky-list").replaceChildren(items);
    });
  }
  $("list-toggle").addEventListener("click", () => {
    const list = $("list");
    list.hidden = !list.hidden;
    $("list-toggle").setAttribute("aria-expanded", String(!list.hidden));
    refreshList();
  });
  $("list-filter").addEventListener("input", refreshList);

  $("zoom-in").addEventListener("click", () => board.zoomIn());
  $("zoom-out").addEventListener("click", () => board.zoomOut());
  $("zoom-fit").addEventListener("click", () => board.fit());

  board.setMine(mine);
  showPending();
  connect();
})();
