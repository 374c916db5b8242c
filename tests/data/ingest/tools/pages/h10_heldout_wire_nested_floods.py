PATH = "heldout/html_wire_nested_divs_floods.html"
KIND = "html"
# wire story on a newspaper site, body in nested <div>s (no <article>), two authors in a
# JSON-LD array, dateline in the first paragraph; outlet is the publishing site.
META = {
    "title": "Thousands evacuated as floods swamp towns along the Severa River",
    "outlet": "Delta Morning Post",
    "author": "Arjun Mehta, Clara Voss",
    "published": "2024-09-18",
    "published_at": "2024-09-18T03:10:00+00:00",
    "url": "https://deltamorningpost.example/world/2024/09/18/severa-river-floods-evacuations",
}
OPTS = {"indent": "            ",
        "p": '<div class="paragraph"><p>{}</p></div>',
        "h": '<div class="paragraph paragraph--heading"><h2>{}</h2></div>'}
BODY = r'''
P: VARENA, Sept 18 (MNA) — More than 12,000 people were evacuated from towns along the Severa River on Wednesday after two days of torrential rain pushed water levels to their highest point in half a century, officials said.
P: Rescue crews in boats and army trucks moved residents from low-lying neighbourhoods of Varena and at least six smaller towns downstream, where muddy water reached the first floors of homes and swept cars into side streets.
X: <div class="paragraph paragraph--ad"><div class="dmp-ad" data-unit="world_in_content_1"><span>Advertisement</span></div></div>
P: No deaths had been confirmed by Wednesday evening, but two people were missing after their car was carried off a flooded road near the village of Ostrik, the regional emergency service said.
P: “The river rose faster than any of our models predicted,” said regional governor Teodor Lanic, speaking at an emergency centre set up in a Varena sports hall. “Our priority tonight is to get everyone out of the red zones.”
H: Rain to continue
P: Weather forecasters said up to 80 millimetres more rain could fall in the hills above the river by Thursday morning before the storm system moves east.
P: The river peaked at 7.4 metres at the Varena gauge early on Wednesday, breaking a record set in 1974. Authorities opened overflow channels to farmland north of the city to relieve pressure on the embankments protecting the old town.
X: <div class="paragraph paragraph--related"><strong>Read more:</strong> <a href="/world/2024/09/17/severa-rain-warning">Red warning issued as storm stalls over the Severa basin</a></div>
P: Schools across the region will remain closed until at least Friday, and rail services between Varena and the capital were suspended after water covered the tracks in several places.
P: The government said it would release emergency funds to help affected families once the water recedes.
'''
TEMPLATE = r'''
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Thousands evacuated as floods swamp towns along the Severa River | World | Delta Morning Post</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="Delta Morning Post">
<meta property="og:title" content="Thousands evacuated as floods swamp towns along the Severa River">
<meta property="og:type" content="article">
<meta property="og:url" content="https://deltamorningpost.example/world/2024/09/18/severa-river-floods-evacuations">
<meta property="article:published_time" content="2024-09-18T03:10:00+00:00">
<meta property="article:author" content="Arjun Mehta">
<meta property="article:author" content="Clara Voss">
<link rel="canonical" href="https://deltamorningpost.example/world/2024/09/18/severa-river-floods-evacuations">
<script type="application/ld+json">
[{
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "headline": "Thousands evacuated as floods swamp towns along the Severa River",
  "datePublished": "2024-09-18T03:10:00+00:00",
  "dateModified": "2024-09-18T09:45:00+00:00",
  "author": [
    {"@type": "Person", "name": "Arjun Mehta"},
    {"@type": "Person", "name": "Clara Voss"}
  ],
  "publisher": {"@type": "Organization", "name": "Delta Morning Post"},
  "isBasedOn": "Meridian News Agency"
},
{
  "@context": "https://schema.org",
  "@type": "BreadcrumbList",
  "itemListElement": [
    {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://deltamorningpost.example/"},
    {"@type": "ListItem", "position": 2, "name": "World", "item": "https://deltamorningpost.example/world/"}
  ]
}]
</script>
<link rel="stylesheet" href="/dist/dmp.bundle.css">
<style>
.dmp-consent{position:fixed;bottom:0;left:0;right:0;padding:14px;background:#0a2540;color:#fff}
.dmp-ad{min-height:90px;text-align:center;color:#888}
</style>
<script src="/dist/vendor.bundle.js" defer></script>
</head>
<body class="dmp dmp--story">
<div class="dmp-shell">
  <div class="dmp-topnav">
    <div class="dmp-topnav__inner">
      <a class="dmp-logo" href="/">Delta Morning Post</a>
      <ul class="dmp-menu">
        <li><a href="/local/">Local</a></li><li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li><li><a href="/sport/">Sport</a></li><li><a href="/weather/">Weather</a></li>
      </ul>
      <a class="dmp-subscribe" href="/subscribe/">Subscribe</a>
    </div>
  </div>
  <div class="dmp-content">
    <div class="dmp-grid">
      <div class="dmp-grid__main">
        <div class="dmp-story" data-story-id="88123">
          <div class="dmp-story__head">
            <div class="dmp-story__section"><a href="/world/">World</a></div>
            <h1 class="dmp-story__headline">Thousands evacuated as floods swamp towns along the Severa River</h1>
            <div class="dmp-story__byline">By Arjun Mehta and Clara Voss, Meridian News Agency</div>
            <div class="dmp-story__timestamp">Published 18 September 2024 · Updated 09:45 GMT</div>
            <div class="dmp-story__share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Copy link</a></div>
          </div>
          <div class="dmp-story__body">
            <div class="dmp-story__text">
{{BODY}}
            </div>
          </div>
          <div class="dmp-story__credit">© 2024 Meridian News Agency. Distributed by the Delta Morning Post.</div>
          <div class="dmp-newsletter">
            <div class="dmp-newsletter__title">Sign up for our newsletter</div>
            <div class="dmp-newsletter__text">The Morning Post Briefing — the news you need before 7 a.m.</div>
            <form><input type="email" placeholder="you@example.com"><button>Sign up</button></form>
          </div>
        </div>
      </div>
      <div class="dmp-grid__side">
        <div class="dmp-panel">
          <div class="dmp-panel__title">Most Read</div>
          <div class="dmp-panel__item"><a href="/local/2024/09/17/bridge-repairs">Delta bridge repairs to finish early, council says</a></div>
          <div class="dmp-panel__item"><a href="/sport/2024/09/17/cup-upset">Cup upset as amateurs knock out league leaders</a></div>
          <div class="dmp-panel__item"><a href="/business/2024/09/16/fuel-prices">Fuel prices fall for third straight week</a></div>
        </div>
      </div>
    </div>
  </div>
  <div class="dmp-footer">
    <div class="dmp-footer__links"><a href="/about/">About us</a> <a href="/contact/">Contact</a> <a href="/privacy/">Privacy</a> <a href="/terms/">Terms</a></div>
    <div class="dmp-footer__copy">© 2024 Delta Morning Post</div>
  </div>
</div>
<div class="dmp-consent" id="dmp-consent">We use cookies to give you the best experience. <button>Accept</button> <button>Settings</button></div>
</body>
</html>
'''
