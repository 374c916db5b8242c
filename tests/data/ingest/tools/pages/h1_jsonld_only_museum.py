PATH = "dev/html_jsonld_only_museum.html"
KIND = "html"
# metadata only in JSON-LD (no og:/article:/author meta, no <time>); author is an array of
# two Person objects; the only visible date is the *updated* one.
META = {
    "title": "Harbourside museum returns 14 bronze plaques to their city of origin",
    "outlet": "The Cobalt Review",
    "author": "Sofia Marchetti, Daniel Okoye",
    "published": "2024-04-18",
    "published_at": "2024-04-18T09:30:00+01:00",
    "url": "https://cobaltreview.example/culture/2024/04/18/museum-returns-bronze-plaques",
}
OPTS = {
    "indent": "      ",
    "fig": '<figure class="cr-figure">\n  <picture>\n    <source srcset="{src}.webp" type="image/webp">\n'
           '    <img src="{src}.jpg" alt="{alt}" width="1200" height="675" loading="lazy">\n  </picture>\n'
           '  <figcaption class="cr-figure__caption">{cap}</figcaption>\n</figure>',
}
BODY = r'''
P: The handover ends a decades-long dispute over artefacts removed during a colonial-era military expedition in 1897.
X: </div>
<div class="cr-article__meta">
  <span class="cr-byline">By <a href="/profile/sofia-marchetti" class="cr-byline__link">Sofia Marchetti</a> and <a href="/profile/daniel-okoye" class="cr-byline__link">Daniel Okoye</a></span>
  <span class="cr-article__updated">Updated 19 April 2024</span>
  <span class="cr-readtime">5 min read</span>
</div>
<ul class="cr-share" aria-label="Share this article">
  <li><a href="https://facebook.example/sharer?u=https%3A%2F%2Fcobaltreview.example%2Fculture%2F2024%2F04%2F18%2Fmuseum-returns-bronze-plaques" class="cr-share__fb">Share on Facebook</a></li>
  <li><a href="https://x.example/intent/tweet?url=https%3A%2F%2Fcobaltreview.example%2Fculture%2F2024%2F04%2F18%2Fmuseum-returns-bronze-plaques" class="cr-share__x">Share on X</a></li>
  <li><button type="button" class="cr-share__copy" data-copy>Copy link</button></li>
</ul>
</header>
<div class="cr-article__body">
F: https://cdn.cobaltreview.example/img/2024/04/plaques-pack | Museum staff in white gloves lift a bronze plaque into a padded crate | Museum staff pack one of the bronze plaques for transport on Wednesday. <span class="cr-credit">(Photo: Ellen Vik / The Cobalt Review)</span>
P: The Harbourside Museum on Thursday formally returned 14 bronze plaques to representatives of the city of Edo-Oba, more than 120 years after they were taken from a royal palace by a British-led military expedition.
P: At a ceremony in the museum’s main hall, director Claire Hartwell signed a transfer of ownership and handed the first plaque, wrapped in undyed cotton, to Chief Osaro Imadeyi, a member of the royal court’s heritage council.
P: “These objects were not made to be looked at behind glass in a country their makers never saw,” Imadeyi said. “They were made to record our history, and now they can do that at home again.”
X: <div class="cr-ad" id="ad-inarticle-1" data-ad-slot="/2213/cobalt/culture/inarticle_1" aria-hidden="true">
  <span class="cr-ad__label">Advertisement</span>
</div>
H: A decade of talks
P: The museum acquired the plaques in 1952 from the estate of a collector whose father had served as an officer on the 1897 expedition. Requests for their return were first made in the 1970s but were rejected on the grounds that the museum’s charter did not allow it to give away items from its collection.
P: That changed in 2022, when the museum’s trustees adopted a new policy allowing restitution where objects were shown to have been acquired through force. A provenance study commissioned by the museum concluded last year that the plaques met that standard.
X: <aside class="cr-inline-related">
  <h3>Read more</h3>
  <a href="/culture/2023/11/02/who-owns-the-past">Who owns the past? Inside the fight over Europe’s museum collections</a>
</aside>
P: Hartwell said the museum had consulted closely with the heritage council on how the plaques should be packed and transported. They will travel by air next month to a new museum under construction in Edo-Oba, where they will go on display alongside about 200 other returned objects.
H: More returns expected
P: The decision puts pressure on other institutions that hold objects from the same expedition. Researchers estimate that more than 3,000 items taken in 1897 remain in museums and private collections in at least 20 countries.
P: Hartwell said the Harbourside Museum was reviewing the provenance of about 400 further objects in its African collection. “This is not the end of a process,” she said. “It is the beginning of one.”
'''
TEMPLATE = r'''
<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harbourside museum returns 14 bronze plaques to their city of origin | The Cobalt Review</title>
<link rel="preconnect" href="https://cdn.cobaltreview.example">
<link rel="stylesheet" href="https://cdn.cobaltreview.example/assets/site.7c1e0f.css">
<link rel="icon" href="/favicon.ico">
<style>
  body{font-family:Georgia,serif;margin:0;color:#1d1d1d}
  .cr-cookie{position:fixed;bottom:0;left:0;right:0;background:#1b1b1b;color:#fff;padding:16px;z-index:9999}
  .cr-ad{min-height:250px;margin:24px 0;background:#f3f3f3;text-align:center;font:11px/1 Arial,sans-serif;color:#777}
  .cr-article__body p{font-size:19px;line-height:1.6}
  .cr-share li{display:inline-block;margin-right:8px}
</style>
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "mainEntityOfPage": {
    "@type": "WebPage",
    "@id": "https://cobaltreview.example/culture/2024/04/18/museum-returns-bronze-plaques"
  },
  "url": "https://cobaltreview.example/culture/2024/04/18/museum-returns-bronze-plaques",
  "headline": "Harbourside museum returns 14 bronze plaques to their city of origin",
  "image": ["https://cdn.cobaltreview.example/img/2024/04/plaques-pack.jpg"],
  "datePublished": "2024-04-18T09:30:00+01:00",
  "dateModified": "2024-04-19T16:02:00+01:00",
  "articleSection": "Culture",
  "author": [
    {"@type": "Person", "name": "Sofia Marchetti", "url": "https://cobaltreview.example/profile/sofia-marchetti"},
    {"@type": "Person", "name": "Daniel Okoye", "url": "https://cobaltreview.example/profile/daniel-okoye"}
  ],
  "publisher": {
    "@type": "NewsMediaOrganization",
    "name": "The Cobalt Review",
    "logo": {"@type": "ImageObject", "url": "https://cdn.cobaltreview.example/img/logo-600x60.png"}
  }
}
</script>
<script>
  window.dataLayer = window.dataLayer || [];
  dataLayer.push({"pageType": "article", "section": "culture", "articleId": "cr-118422"});
  document.documentElement.className = document.documentElement.className.replace('no-js', 'js');
</script>
<script async src="https://ads.cobaltreview.example/tag/js/gpt.js"></script>
</head>
<body class="page-article section-culture">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="cr-masthead">
  <div class="cr-masthead__top">
    <a href="/" class="cr-logo"><img src="/img/logo.svg" alt="The Cobalt Review" width="220" height="32"></a>
    <a class="cr-btn cr-btn--subscribe" href="/subscribe">Subscribe</a>
    <a class="cr-btn" href="/login">Sign in</a>
  </div>
  <nav class="cr-nav" aria-label="Sections">
    <ul>
      <li><a href="/news">News</a></li>
      <li><a href="/politics">Politics</a></li>
      <li><a href="/culture" aria-current="page">Culture</a></li>
      <li><a href="/books">Books</a></li>
      <li><a href="/science">Science</a></li>
      <li><a href="/opinion">Opinion</a></li>
    </ul>
  </nav>
</header>
<main id="main">
  <ol class="cr-breadcrumbs">
    <li><a href="/">Home</a></li>
    <li><a href="/culture">Culture</a></li>
    <li>Museums</li>
  </ol>
  <div class="cr-layout">
    <article class="cr-article">
      <header class="cr-article__header">
      <span class="cr-kicker">Restitution</span>
      <h1 class="cr-article__title">Harbourside museum returns 14 bronze plaques to their city of origin</h1>
      <div class="cr-article__standfirst">
{{BODY}}
      </div>
      <footer class="cr-article__footer">
        <ul class="cr-tags">
          <li><a href="/topic/museums">Museums</a></li>
          <li><a href="/topic/restitution">Restitution</a></li>
          <li><a href="/topic/art-history">Art history</a></li>
        </ul>
        <div class="cr-author-bio">
          <p><strong>Sofia Marchetti</strong> is The Cobalt Review’s arts correspondent. <strong>Daniel Okoye</strong> covers heritage and cultural policy.</p>
        </div>
      </footer>
    </article>
    <aside class="cr-rail" aria-label="Related">
      <h2 class="cr-rail__title">More in Culture</h2>
      <ul>
        <li><a href="/culture/2024/04/16/festival-lineup">Harbour Festival unveils its biggest line-up yet</a></li>
        <li><a href="/culture/2024/04/12/library-at-night">The library that stays open until midnight</a></li>
        <li><a href="/culture/2024/04/09/review-the-salt-road">Review: The Salt Road is a quiet triumph</a></li>
      </ul>
      <div class="cr-ad" id="ad-rail-1" data-ad-slot="/2213/cobalt/culture/rail_1"><span class="cr-ad__label">Advertisement</span></div>
    </aside>
  </div>
  <section class="cr-newsletter">
    <h2>Sign up for our newsletter</h2>
    <p>The Cobalt Review Weekend: our best culture writing, every Saturday morning.</p>
    <form action="/newsletter" method="post"><input type="email" name="email" placeholder="Your email address"><button>Sign up</button></form>
  </section>
</main>
<footer class="cr-footer">
  <nav><a href="/about">About us</a> · <a href="/contact">Contact</a> · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></nav>
  <p>© 2024 The Cobalt Review Ltd. All rights reserved.</p>
</footer>
<div class="cr-cookie" id="cookie-consent" role="dialog" aria-label="Cookie consent">
  <p>We use cookies to improve your experience and to show you relevant advertising. By clicking “Accept all”, you agree to our use of cookies. <a href="/cookies">Cookie policy</a></p>
  <button class="cr-cookie__accept">Accept all</button> <button class="cr-cookie__manage">Manage settings</button>
</div>
<script src="https://cdn.cobaltreview.example/assets/site.7c1e0f.js" defer></script>
</body>
</html>
'''
