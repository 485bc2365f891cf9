// The review page's HTML shell. Everything dynamic is built by client.js from /api/draft with DOM calls
// (textContent, never innerHTML), so article text cannot inject markup.
export function reviewPage(token: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="review-token" content="${token.replace(/[^A-Za-z0-9_-]/g, "")}">
<title>Review candidate figures</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fafafa; }
header { padding: .6rem 1rem; background: #fff; border-bottom: 1px solid #ccc; }
header fieldset { display: flex; flex-wrap: wrap; gap: .4rem; border: 0; padding: 0; margin: .3rem 0; }
header label { font-size: 12px; display: flex; flex-direction: column; }
main { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; padding: 1rem; }
#article p { margin: 0 0 .8rem; white-space: pre-line; } /* plain text with one paragraph a line */
#article .current { background: #ffe58a; }
#candidates { list-style: none; padding: 0; margin: 0; }
#candidates li { background: #fff; border: 1px solid #ccc; border-left: 6px solid #bbb; padding: .5rem; margin-bottom: .5rem; }
#candidates li:focus { outline: 3px solid #1558d6; }
#candidates li[data-status=accepted] { border-left-color: #1a7f37; }
#candidates li[data-status=rejected], #candidates li[data-status=not-a-figure] { opacity: .55; border-left-color: #b42318; }
.fields { display: flex; flex-wrap: wrap; gap: .4rem; margin-top: .3rem; }
.fields label { font-size: 12px; display: flex; flex-direction: column; }
.quote { width: 100%; }
mark { background: #ffe58a; }
#errors { color: #b42318; white-space: pre-wrap; }
#saved { color: #1a7f37; }
#new-series { background: #fff; border: 2px solid #1558d6; padding: .6rem; margin: .5rem 0; }
kbd { border: 1px solid #999; border-radius: 3px; padding: 0 .25rem; font-size: 12px; }
</style>
<script src="/client.js" defer></script>
</head>
<body>
<header>
  <h1 style="font-size:18px;margin:0">Review candidate figures</h1>
  <p style="margin:.2rem 0;font-size:13px">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>a</kbd> accept ·
  <kbd>r</kbd> reject · <kbd>x</kbd> not a figure · <kbd>e</kbd> edit value · <kbd>b</kbd> next bound ·
  <kbd>t</kbd> strict · <kbd>p</kbd> period · <kbd>m</kbd> period kind · <kbd>s</kbd> series · <kbd>n</kbd> new series ·
  <kbd>Esc</kbd> back to the list · <kbd>Ctrl</kbd>+<kbd>Enter</kbd> save</p>
  <fieldset id="source" aria-label="Source"></fieldset>
  <div role="alert" id="errors"></div><div role="status" id="saved"></div>
  <form id="new-series" hidden aria-label="New series"></form>
</header>
<main>
  <section id="article" aria-label="Article text"></section>
  <section aria-label="Candidate figures"><p id="summary"></p><ol id="candidates"></ol></section>
</main>
</body>
</html>`;
}
