/*! Caucasus Flows embeds: grows each chart frame to its content (see components/embed/embed-height-script.tsx) */
(function (w, d) {
  if (w.__cfEmbed) return;
  w.__cfEmbed = 1;
  var s = d.currentScript,
    o = s ? new URL(s.src).origin : "",
    F = d.getElementsByTagName("iframe"),
    i;
  w.addEventListener("message", function (e) {
    var m = e.data,
      j;
    if (e.origin !== o || !m || m.type !== "caucasus-flows:height" || typeof m.height !== "number") return;
    for (j = 0; j < F.length; j++)
      if (F[j].contentWindow === e.source) {
        F[j].style.height = Math.min(Math.max(m.height, 0), 1e5) + "px";
        e.source.postMessage({ type: "caucasus-flows:sized" }, o);
      }
  });
  // "*": a frame still loading is at about:blank, of the host's origin, and a message addressed to our origin
  // would log a warning on the host's console. "measure" carries nothing, and the frame checks its sender.
  // Built-in charts are framed from /embed/<chart>, explorer charts from /explore/embed?<state>.
  for (i = 0; i < F.length; i++)
    if (F[i].src.indexOf(o + "/embed/") === 0 || F[i].src.indexOf(o + "/explore/embed?") === 0)
      F[i].contentWindow.postMessage({ type: "caucasus-flows:measure" }, "*");
})(window, document);
