/*
 * The map page's only way to Python, run in an ISOLATED JavaScript world (injected by
 * the view after Qt's qwebchannel.js; QWebEngineScript.ApplicationWorld).
 *
 * The page's own world never sees qt.webChannelTransport nor the channel object (so a
 * script there could not call anything the object inherits, such as deleteLater).
 * The two worlds share only the DOM window's messages:
 *   page -> relay: {crm: "cmd", name, arg}   forwarded as endpoint.cmd(name, arg)
 *   relay -> page: {crm: "post", kind, json} from the endpoint's post signal
 * Only strings pass, and Python checks every command again (views/map_bridge.py).
 */
(function () {
  "use strict";
  var endpoint = null;
  var queue = [];
  var MAX_QUEUE = 100;

  window.addEventListener("message", function (e) {
    var m = e.data;
    if (e.source !== window || !m || m.crm !== "cmd") { return; }
    var name = String(m.name), arg = String(m.arg);
    if (endpoint) {
      endpoint.cmd(name, arg);
    } else if (queue.length < MAX_QUEUE) {
      queue.push([name, arg]);
    }
  });

  function connect() {
    if (typeof qt === "undefined" || !qt.webChannelTransport) {
      window.setTimeout(connect, 20);
      return;
    }
    new QWebChannel(qt.webChannelTransport, function (channel) {
      endpoint = channel.objects.endpoint;
      endpoint.post.connect(function (kind, json) {
        window.postMessage({ crm: "post", kind: String(kind), json: String(json) }, "*");
      });
      var queued = queue;
      queue = [];
      for (var k = 0; k < queued.length; k++) { endpoint.cmd(queued[k][0], queued[k][1]); }
    });
  }
  connect();
})();
