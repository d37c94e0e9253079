// How the static page reaches the compiler: by messages to the worker that runs it in the
// browser (web/worker.js). Each call answers a Response, as fetch("api/CALL") does for the page
// of `searchc serve` (server/page/transport.js), so that app.js is the same for both.
"use strict";

const transport = (() => {
  const worker = new Worker("worker.js");
  const waiting = new Map();
  let next = 0;
  worker.onmessage = (event) => {
    const { id, status, type, body } = event.data;
    waiting.get(id)(new Response(body, { status, headers: { "Content-Type": type } }));
    waiting.delete(id);
  };
  return {
    // Said on the page: where the strategy goes.
    privacy: "Runs in this browser: the strategy is never sent anywhere.",
    call(name, request) {
      return new Promise((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        worker.postMessage({ id, call: name, body: request === undefined ? "" : JSON.stringify(request) });
      });
    },
  };
})();
