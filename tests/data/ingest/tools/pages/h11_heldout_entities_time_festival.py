PATH = "heldout/html_entities_time_only_festival.html"
KIND = "html"
# no author anywhere; the date is only a date-only <time datetime> (published_at null);
# entities in title and body; one <p> split by <br><br>.
META = {
    "title": "Street-food festival returns to the old docks with 60 stalls & a silent disco",
    "outlet": "Southbank Notes",
    "author": None,
    "published": "2024-08-23",
    "published_at": None,
    "url": "https://southbanknotes.example/whats-on/old-docks-street-food-festival-2024",
}
OPTS = {"indent": "    ", "b_join": "<br><br>\n"}
BODY = r'''
P: After a two-year break, the Old Docks Street Food Festival is back this weekend, with 60 stalls, three stages of live music and &#8212; new for 2024 &#8212; a silent disco on the former ferry pier.
P: Organisers expect around 25,000 visitors over the two days. Entry is free, but the area around Basin Road will be closed to traffic from 8&nbsp;am on Saturday until midnight on Sunday.
B: The line-up leans heavily on local traders. About two-thirds of the stalls are run by businesses based within five miles of the docks, including Nonna Rosa&#8217;s wood-fired pizza van and a Ghanaian grill that started as a market stall in 2021. || &#8220;We wanted it to feel like the neighbourhood, not a touring show,&#8221; said festival director Imani Clarke. &#8220;Half these traders were here when we started in 2016.&#8221;
X: <div class="promo">&raquo; <a href="/whats-on/">See everything that&#8217;s on this weekend</a></div>
H: Getting there
P: Visitors are being urged to walk, cycle or take the tram, as there is no parking on site. Extra trams will run every six minutes on the harbour line, and a secure bike park with space for 400 bikes will be set up next to the old customs house.
P: Cash is accepted at most stalls, but organisers recommend bringing a card. Reusable cups will be issued with a &pound;2 deposit to cut down on waste.
P: The festival was cancelled in 2022 and 2023 while the dock walls were repaired. The &pound;3.8&nbsp;million project, funded by the city and the harbour trust, reinforced 600 metres of quayside that had been cracking since the 1990s.
P: The silent disco runs from 8&nbsp;pm to 11&nbsp;pm on both nights. Headphones are free to borrow &amp; must be returned at the pier gate.
'''
TEMPLATE = r'''
<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Street-food festival returns to the old docks with 60 stalls &amp; a silent disco &#124; Southbank Notes</title>
  <meta property="og:site_name" content="Southbank Notes">
  <meta property="og:title" content="Street-food festival returns to the old docks with 60 stalls &amp; a silent disco">
  <meta property="og:url" content="https://southbanknotes.example/whats-on/old-docks-street-food-festival-2024">
  <link rel="canonical" href="https://southbanknotes.example/whats-on/old-docks-street-food-festival-2024">
  <link rel="stylesheet" href="/css/notes.css">
  <style>
    .notes-cookie{position:fixed;bottom:1rem;right:1rem;max-width:320px;background:#fff;box-shadow:0 2px 12px rgba(0,0,0,.2);padding:1rem}
  </style>
  <script defer data-domain="southbanknotes.example" src="/js/stats.js"></script>
</head>
<body>
  <header class="masthead">
    <a href="/" class="masthead__name">Southbank Notes</a>
    <span class="masthead__tagline">News &amp; listings for the south bank</span>
    <nav><a href="/news/">News</a> &middot; <a href="/whats-on/">What&#8217;s on</a> &middot; <a href="/food/">Food &amp; drink</a> &middot; <a href="/community/">Community</a></nav>
  </header>
  <main>
    <article class="post">
      <h1 class="post__title">Street-food festival returns to the old docks with 60 stalls &amp; a silent disco</h1>
      <p class="post__meta"><time datetime="2024-08-23">23 August 2024</time> &middot; What&#8217;s on &middot; 3&nbsp;min read</p>
      <div class="post__body">
{{BODY}}
      </div>
      <p class="post__share">Share: <a href="#">Facebook</a> &middot; <a href="#">X</a> &middot; <a href="#">Email</a></p>
    </article>
    <aside class="more">
      <h2>More from Southbank Notes</h2>
      <ul>
        <li><a href="/news/basin-road-closure">Basin Road closure: bus diversions this weekend</a> <time datetime="2024-08-22">22 Aug</time></li>
        <li><a href="/food/best-pizza-south-bank">The south bank&#8217;s best pizza, ranked</a> <time datetime="2024-08-19">19 Aug</time></li>
        <li><a href="/community/dock-walls-finished">Dock wall repairs finally finished</a> <time datetime="2024-07-30">30 Jul</time></li>
      </ul>
      <div class="newsletter">
        <h3>Sign up for our newsletter</h3>
        <p>What&#8217;s on this week, every Thursday. No spam, ever.</p>
        <form><input type="email" placeholder="Email"> <button>Subscribe</button></form>
      </div>
    </aside>
  </main>
  <footer><p>&copy; 2024 Southbank Notes &middot; Independent local news &middot; <a href="/about/">About</a> &middot; <a href="/privacy/">Privacy</a></p></footer>
  <div class="notes-cookie" id="cookies">We only use cookies that are needed to run this site and count visits. <a href="/privacy/#cookies">Details</a> <button onclick="this.parentNode.remove()">Got it</button></div>
</body>
</html>
'''
