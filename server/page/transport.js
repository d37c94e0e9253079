// How the page of `searchc serve` reaches the compiler: its API, over HTTP (server/api.hpp).
// The static page has its own transport.js (web/transport.js), with the same call.
"use strict";

const transport = {
  // Said on the page: where the strategy goes.
  privacy: "Sent only to the searchc serve that this page came from.",
  // POST api/NAME with the request as JSON, or GET api/NAME without one.
  call(name, request) {
    if (request === undefined) return fetch(`api/${name}`);
    return fetch(`api/${name}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(request),
    });
  },
};
