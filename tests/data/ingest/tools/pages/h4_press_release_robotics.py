PATH = "dev/html_press_release_robotics.html"
KIND = "html"
# company newsroom press release: no author anywhere (JSON-LD has a publisher only);
# the italic subtitle is a dek (body); ###, "About ..." boilerplate, media contact and the
# forward-looking statements are not.
META = {
    "title": "Kestrel Robotics and Northfield Grocers Cooperative launch autonomous picking pilot",
    "outlet": "Kestrel Robotics",
    "author": None,
    "published": "2024-01-23",
    "published_at": "2024-01-23T13:00:00Z",
    "url": "https://kestrelrobotics.example/newsroom/2024/kestrel-northfield-grocers-pilot",
}
OPTS = {"indent": "          ", "h": "<h3>{}</h3>"}
BODY = r'''
P: <em>Twelve mobile robots will work alongside staff at the cooperative’s distribution center in Ashton, Ohio, starting in March</em>
P: BOSTON, Jan. 23, 2024 — Kestrel Robotics, a developer of autonomous warehouse robots, today announced a pilot program with Northfield Grocers Cooperative to deploy 12 of its K2 picking robots at the cooperative’s 400,000-square-foot distribution center in Ashton, Ohio.
P: The robots will retrieve cases of packaged goods from high shelving and deliver them to packing stations, where cooperative employees assemble orders for 86 member stores across Ohio and Indiana. The pilot is scheduled to begin in March and run for nine months.
P: “Our members told us they wanted faster, more accurate deliveries without losing the people who know our warehouse best,” said Dana Whitcomb, vice president of operations at Northfield Grocers Cooperative. “This pilot is designed to take the heaviest, most repetitive lifting off our team’s shoulders.”
H: Designed to work alongside people
P: The K2 robot uses a combination of cameras and lidar to navigate shared aisles and stops automatically when a person steps into its path. Each unit can lift cases weighing up to 25 kilograms from shelves as high as 6 meters.
P: “Warehouses don’t need to be rebuilt around robots,” said Priyanka Desai, chief executive officer of Kestrel Robotics. “The K2 fits into the buildings and workflows our customers already have, and it gets better at each site the longer it runs.”
P: Kestrel and Northfield will measure order accuracy, picking speed and workplace injury rates during the pilot. The cooperative said no jobs would be eliminated as a result of the program, and that employees would be offered training to supervise and maintain the robots.
P: Kestrel Robotics has deployed more than 600 robots across 23 sites in North America since 2021.
X: <p class="pr-end">###</p>
<div class="pr-boilerplate">
  <h3>About Kestrel Robotics</h3>
  <p>Kestrel Robotics builds autonomous mobile robots that help distribution centers move goods faster and more safely. Founded in 2018 and headquartered in Boston, the company’s robots operate in grocery, apparel and industrial supply warehouses across North America. For more information, visit kestrelrobotics.example.</p>
  <h3>About Northfield Grocers Cooperative</h3>
  <p>Northfield Grocers Cooperative is a retailer-owned wholesale cooperative founded in 1948. It supplies 86 independent grocery stores in Ohio and Indiana from its distribution center in Ashton, Ohio.</p>
  <h3>Forward-Looking Statements</h3>
  <p>This press release contains forward-looking statements, including statements about the expected timing and results of the pilot program. Actual results may differ materially from those expressed or implied by such statements.</p>
</div>
<div class="pr-contact">
  <h3>Media Contact</h3>
  <p>Jordan Ellis<br>Kestrel Robotics<br><a href="mailto:press@kestrelrobotics.example">press@kestrelrobotics.example</a><br>+1 617-555-0187</p>
</div>
'''
TEMPLATE = r'''
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Kestrel Robotics and Northfield Grocers Cooperative launch autonomous picking pilot | Kestrel Robotics Newsroom</title>
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Kestrel Robotics">
  <meta property="og:title" content="Kestrel Robotics and Northfield Grocers Cooperative launch autonomous picking pilot">
  <meta property="og:url" content="https://kestrelrobotics.example/newsroom/2024/kestrel-northfield-grocers-pilot">
  <meta property="article:published_time" content="2024-01-23T13:00:00Z">
  <link rel="canonical" href="https://kestrelrobotics.example/newsroom/2024/kestrel-northfield-grocers-pilot">
  <link rel="stylesheet" href="/assets/css/newsroom.css">
  <script type="application/ld+json">
  {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Kestrel Robotics and Northfield Grocers Cooperative launch autonomous picking pilot",
    "datePublished": "2024-01-23T13:00:00Z",
    "url": "https://kestrelrobotics.example/newsroom/2024/kestrel-northfield-grocers-pilot",
    "publisher": {"@type": "Organization", "name": "Kestrel Robotics", "logo": {"@type": "ImageObject", "url": "https://kestrelrobotics.example/assets/img/kestrel-logo.png"}}
  }
  </script>
  <script>
    window.hsq = window.hsq || []; hsq.push(["trackPageView"]);
  </script>
</head>
<body class="newsroom newsroom--release">
  <div id="cookie-notice" class="cookie-notice" role="region" aria-label="Cookie notice">
    <p>We use cookies to analyze site traffic and improve your experience. <a href="/legal/cookies">Learn more</a></p>
    <button id="cookie-accept">Accept</button><button id="cookie-decline">Decline</button>
  </div>
  <header class="site-header">
    <a href="/" class="logo"><img src="/assets/img/kestrel-logo.svg" alt="Kestrel Robotics"></a>
    <nav>
      <ul>
        <li><a href="/solutions">Solutions</a></li>
        <li><a href="/k2">K2 Robot</a></li>
        <li><a href="/customers">Customers</a></li>
        <li><a href="/company">Company</a></li>
        <li><a href="/newsroom" class="active">Newsroom</a></li>
        <li><a href="/contact" class="btn">Book a demo</a></li>
      </ul>
    </nav>
  </header>
  <main>
    <div class="container">
      <p class="eyebrow"><a href="/newsroom">Newsroom</a> / Press Releases</p>
      <article class="press-release">
        <header>
          <p class="pr-date">January 23, 2024</p>
          <h1>Kestrel Robotics and Northfield Grocers Cooperative launch autonomous picking pilot</h1>
        </header>
        <div class="pr-body">
{{BODY}}
        </div>
        <div class="share">
          <span>Share:</span>
          <a href="https://linkedin.example/shareArticle?url=https%3A%2F%2Fkestrelrobotics.example%2Fnewsroom%2F2024%2Fkestrel-northfield-grocers-pilot">LinkedIn</a>
          <a href="https://x.example/intent/tweet?url=https%3A%2F%2Fkestrelrobotics.example%2Fnewsroom%2F2024%2Fkestrel-northfield-grocers-pilot">X</a>
          <a href="mailto:?subject=Kestrel%20Robotics%20press%20release">Email</a>
        </div>
      </article>
      <aside class="related-releases">
        <h2>Recent press releases</h2>
        <ul>
          <li><a href="/newsroom/2023/kestrel-series-c">Kestrel Robotics raises $85 million Series C</a></li>
          <li><a href="/newsroom/2023/k2-launch">Kestrel introduces K2, its second-generation picking robot</a></li>
          <li><a href="/newsroom/2023/canada-expansion">Kestrel opens Toronto office to support Canadian customers</a></li>
        </ul>
      </aside>
    </div>
  </main>
  <footer class="site-footer">
    <div class="newsletter">
      <h2>Sign up for our newsletter</h2>
      <form><input type="email" placeholder="Work email"><button>Subscribe</button></form>
    </div>
    <p>© 2024 Kestrel Robotics, Inc. All rights reserved. <a href="/legal/privacy">Privacy</a> <a href="/legal/terms">Terms</a></p>
  </footer>
  <script src="/assets/js/newsroom.js" defer></script>
</body>
</html>
'''
