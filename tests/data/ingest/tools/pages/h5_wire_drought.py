PATH = "dev/html_wire_drought.html"
KIND = "html"
# newspaper site carrying a wire (Meridian News Agency) story: the outlet is the site that
# publishes the page (og:site_name / JSON-LD publisher), not the agency; the dateline opens
# the first paragraph and stays in it.
META = {
    "title": "Farmers face water cuts as Red Fork River falls to record low",
    "outlet": "The Plainsman Gazette",
    "author": "Lena Okafor",
    "published": "2024-08-07",
    "published_at": "2024-08-07T14:22:00-05:00",
    "url": "https://plainsmangazette.example/news/wire/2024/08/07/red-fork-river-record-low",
}
OPTS = {"indent": "      ", "p": '<p class="story-text">{}</p>', "h": '<h2 class="story-subhead">{}</h2>'}
BODY = r'''
P: CIMARRON FLATS, Aug 7 (MNA) — Irrigation districts along the Red Fork River will cut water deliveries to farms by 40% starting next week after the river dropped to its lowest level for early August since gauges were installed in 1938, state officials said on Wednesday.
P: The river was flowing at 62 cubic feet per second at the Cimarron Flats gauge on Tuesday, less than a fifth of its long-term average for the date. Three months of below-normal rain and a string of days above 100 degrees Fahrenheit have dried soils and raised demand for irrigation.
P: "We are making these decisions to keep some water in the river for everyone downstream, including towns that draw their drinking water from it," said Marcus Bell, director of the state Water Resources Board.
X: <div class="ad-wrapper"><div id="div-gpt-ad-story-1" class="ad-slot" data-size="300x250"><script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-story-1');});</script></div><p class="ad-label">Advertisement</p></div>
P: The cuts will hit about 1,300 farms that grow cotton, sorghum and alfalfa in the river valley. Many had already stopped watering some fields to save water for their most valuable crops.
P: Cotton grower Sandra Whitley, who farms 900 acres near Cimarron Flats, said she expected to lose about a third of her crop. "You can't grow cotton on hope," she said. "At some point you just decide which fields you're going to let go."
H: Towns on alert
P: Four towns that rely on the river for drinking water have asked residents to limit lawn watering to one day a week. The city of Harlow, population 18,000, said it was preparing to draw on a reserve well field for the first time since 2012.
P: Forecasters at the National Weather Service said there was little sign of relief. A ridge of high pressure is expected to keep the region hot and mostly dry through at least the middle of the month.
P: State agriculture officials said they would ask the U.S. Department of Agriculture to declare a drought disaster in 11 counties, which would make farmers eligible for low-interest emergency loans.
'''
TEMPLATE = r'''
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Farmers face water cuts as Red Fork River falls to record low | The Plainsman Gazette</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="The Plainsman Gazette">
<meta property="og:type" content="article">
<meta property="og:title" content="Farmers face water cuts as Red Fork River falls to record low">
<meta property="og:url" content="https://plainsmangazette.example/news/wire/2024/08/07/red-fork-river-record-low">
<meta property="article:published_time" content="2024-08-07T14:22:00-05:00">
<meta property="article:section" content="Wire">
<link rel="canonical" href="https://plainsmangazette.example/news/wire/2024/08/07/red-fork-river-record-low">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Farmers face water cuts as Red Fork River falls to record low","datePublished":"2024-08-07T14:22:00-05:00","dateModified":"2024-08-07T14:22:00-05:00","author":{"@type":"Person","name":"Lena Okafor"},"publisher":{"@type":"Organization","name":"The Plainsman Gazette","logo":{"@type":"ImageObject","url":"https://plainsmangazette.example/img/logo.png"}},"sourceOrganization":{"@type":"Organization","name":"Meridian News Agency"},"mainEntityOfPage":"https://plainsmangazette.example/news/wire/2024/08/07/red-fork-river-record-low"}
</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<script>window.googletag = window.googletag || {cmd: []};</script>
<style>
.story-text{font:18px/1.55 "Lora",serif}
.ad-wrapper{clear:both;margin:1.5rem 0;text-align:center}
.ad-label{font:10px sans-serif;color:#999;text-transform:uppercase}
.gdpr{position:fixed;bottom:0;width:100%;background:#222;color:#eee}
</style>
</head>
<body>
<div class="gdpr" id="gdpr-banner">
  <p>We use cookies and similar technologies to personalize content and ads and to analyze our traffic. <a href="/privacy">Privacy Policy</a></p>
  <button class="gdpr-ok">I Agree</button>
</div>
<div class="top-bar"><span class="weather">Cimarron Flats 101°F</span> <a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>
<header class="masthead">
  <a href="/" class="logo">The Plainsman Gazette</a>
  <nav class="main-nav">
    <a href="/news/local">Local</a> | <a href="/news/state">State</a> | <a href="/news/wire">Nation &amp; World</a> | <a href="/ag">Agriculture</a> | <a href="/sports">Sports</a> | <a href="/obituaries">Obituaries</a> | <a href="/classifieds">Classifieds</a>
  </nav>
</header>
<main class="main">
  <article class="story">
    <div class="story-head">
      <p class="story-kicker"><a href="/news/wire">Nation &amp; World</a></p>
      <h1 class="story-title">Farmers face water cuts as Red Fork River falls to record low</h1>
      <p class="story-byline">By <span class="author">Lena Okafor</span>, <span class="source">Meridian News Agency</span></p>
      <p class="story-date"><time datetime="2024-08-07T14:22:00-05:00">Aug. 7, 2024 2:22 p.m.</time></p>
      <div class="story-share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a> <a href="#">Print</a></div>
    </div>
    <div class="story-body">
{{BODY}}
    </div>
    <p class="copyright-wire">Copyright 2024 Meridian News Agency. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>
  </article>
  <aside class="sidebar">
    <h3>Most Popular</h3>
    <ol>
      <li><a href="/news/local/2024/08/06/fair-parade">County fair parade route changes this year</a></li>
      <li><a href="/ag/2024/08/05/wheat-harvest-wrap">Wheat harvest wraps up with below-average yields</a></li>
      <li><a href="/sports/2024/08/06/football-preview">Bulldogs open practice with new coach</a></li>
    </ol>
  </aside>
</main>
<footer class="site-footer">
  <p>The Plainsman Gazette · 410 Main St., Cimarron Flats · (580) 555-0123</p>
  <p>© 2024 The Plainsman Gazette. All rights reserved. <a href="/terms">Terms of Use</a> <a href="/privacy">Privacy Policy</a></p>
</footer>
</body>
</html>
'''
