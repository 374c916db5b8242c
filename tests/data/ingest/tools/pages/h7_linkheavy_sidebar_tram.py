PATH = "dev/html_linkheavy_sidebar_tram.html"
KIND = "html"
# the left rail (before the article in the DOM) holds far more words and links than the
# article itself, including teaser <p>s; JSON-LD author is a single object.
META = {
    "title": "Riverton council backs tram extension to the airport after four-hour debate",
    "outlet": "The Riverton Post",
    "author": "Hanna Vos",
    "published": "2024-02-06",
    "published_at": "2024-02-06T23:58:00+01:00",
    "url": "https://rivertonpost.example/city/tram-extension-airport-vote",
}
OPTS = {"indent": "      "}
BODY = r'''
P: Riverton city council voted 9-4 late on Tuesday to back a 6.2-kilometre extension of the Line 2 tram to the airport, clearing the way for the project to seek national funding.
P: The extension would add five stops, including a park-and-ride site near the ring road and a station beneath the airport’s new terminal. City officials estimate it would cost 410 million euros and could open in 2031.
P: Supporters said the line would take thousands of cars off the road each day and give workers at the airport, many of whom start shifts before dawn, a reliable way to get to work. “This is the single most useful thing we can build for people who don’t have a car,” said councillor Ana Bertrand, who chairs the transport committee.
P: Opponents questioned the ridership forecasts, which predict 19,000 trips a day by 2035, and warned that cost overruns on the Line 1 upgrade had left the city with less room to borrow. “We were told the last project was on budget too,” said councillor Piet de Waal.
P: The four-hour debate was interrupted twice by residents of the Oostveld neighbourhood, who object to plans to run the tram along their main street and want it routed underground.
P: The city will submit its application for national infrastructure funding in March. A decision is expected by the end of the year.
'''
TEMPLATE = r'''
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Riverton council backs tram extension to the airport after four-hour debate | The Riverton Post</title>
<meta property="og:site_name" content="The Riverton Post">
<meta property="og:title" content="Riverton council backs tram extension to the airport after four-hour debate">
<meta property="og:url" content="https://rivertonpost.example/city/tram-extension-airport-vote">
<meta property="article:published_time" content="2024-02-06T23:58:00+01:00">
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "headline": "Riverton council backs tram extension to the airport after four-hour debate",
  "datePublished": "2024-02-06T23:58:00+01:00",
  "author": {"@type": "Person", "name": "Hanna Vos"},
  "publisher": {"@type": "Organization", "name": "The Riverton Post"}
}
</script>
<link rel="stylesheet" href="/assets/post.css">
<style>.rail{float:left;width:30%}.story{float:right;width:66%}.rail li{margin-bottom:6px}</style>
</head>
<body>
<header>
  <a class="logo" href="/">The Riverton Post</a>
  <nav><a href="/city">City</a> <a href="/region">Region</a> <a href="/business">Business</a> <a href="/culture">Culture</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a> <a href="/archive">Archive</a></nav>
</header>
<div class="page">
<aside class="rail">
  <section>
    <h2>Most Read</h2>
    <ol>
      <li><a href="/city/bridge-closure-weekend">Weekend closure of the Havenbrug bridge: what drivers need to know</a></li>
      <li><a href="/business/brewery-expansion">Riverton brewery to double capacity with new canning line in the old harbour</a></li>
      <li><a href="/city/school-catchment-change">Parents angry over proposed school catchment changes in the north of the city</a></li>
      <li><a href="/sport/rowing-club-centenary">Riverton Rowing Club celebrates 100 years on the water with a regatta</a></li>
      <li><a href="/culture/film-festival-lineup">Film festival announces opening night film and a record number of premieres</a></li>
      <li><a href="/city/rent-cap-debate">Council to debate rent cap proposal as tenants’ groups plan a march</a></li>
      <li><a href="/region/wind-farm-approval">Offshore wind farm wins final approval despite objections from fishermen</a></li>
      <li><a href="/city/night-buses">Night bus network to be cut back from April, transport company confirms</a></li>
      <li><a href="/business/port-jobs">Port operator says 300 new jobs will be created by the container terminal</a></li>
      <li><a href="/culture/museum-night">Museum Night returns with 40 venues and free trams between them</a></li>
    </ol>
  </section>
  <section>
    <h2>Latest News</h2>
    <ul>
      <li><a href="/city/cycle-lane-harbour">New protected cycle lane opens along the harbour front after two years of work</a><p class="teaser">The 2.4 km route links the station to the ferry terminal and replaces a lane of parking.</p></li>
      <li><a href="/city/library-hours">Central library extends evening opening hours during exam season</a><p class="teaser">Students will be able to study until 11 pm on weekdays from next month.</p></li>
      <li><a href="/region/flood-barrier-test">Flood barrier test closes the river to shipping for six hours on Sunday</a><p class="teaser">The annual test checks that the gates can close in under 30 minutes.</p></li>
      <li><a href="/business/bakery-chain-sold">Family bakery chain sold to national group after 80 years</a><p class="teaser">The new owners say all 26 shops will keep their name and their staff.</p></li>
      <li><a href="/city/housing-tower-approved">Planners approve 28-storey housing tower next to the central station</a><p class="teaser">A third of the 420 flats will be offered at social rents.</p></li>
      <li><a href="/sport/football-stadium-roof">Football club unveils plans for a roof over the north stand</a><p class="teaser">Construction would start in the summer break and take two seasons.</p></li>
      <li><a href="/city/parking-fees">Parking fees in the old town to rise by 50 cents an hour</a><p class="teaser">Residents’ permits will not be affected by the change, the council says.</p></li>
      <li><a href="/culture/orchestra-tour">City orchestra to tour Japan for the first time</a><p class="teaser">Ten concerts in eight cities are planned for the autumn.</p></li>
      <li><a href="/region/ferry-timetable">Island ferry timetable changes for the winter season</a><p class="teaser">The last evening sailing will leave 40 minutes earlier.</p></li>
      <li><a href="/city/street-lighting-led">All street lights to switch to LED by the end of next year</a><p class="teaser">The city expects to halve the electricity bill for public lighting.</p></li>
      <li><a href="/business/office-vacancy">Office vacancy rate in the business district climbs to 14 percent</a><p class="teaser">Agents say demand is shifting toward smaller, greener buildings.</p></li>
      <li><a href="/city/market-square-works">Market square works delayed by discovery of medieval foundations</a><p class="teaser">Archaeologists have been given eight weeks to record the remains.</p></li>
    </ul>
  </section>
  <section>
    <h2>Transport</h2>
    <ul>
      <li><a href="/city/line-1-upgrade-cost">Line 1 upgrade over budget by 38 million euros, audit finds</a></li>
      <li><a href="/city/tram-driver-shortage">Tram driver shortage leads to reduced weekend service</a></li>
      <li><a href="/city/airport-bus-fares">Airport bus fares to rise in June</a></li>
      <li><a href="/region/rail-electrification">Regional rail line to be electrified by 2028</a></li>
      <li><a href="/city/oostveld-residents-meeting">Oostveld residents pack meeting on tram route</a></li>
      <li><a href="/city/e-scooter-ban">Council considers ban on rental e-scooters in the old town</a></li>
      <li><a href="/opinion/why-the-tram-matters">Opinion: Why the airport tram matters more than you think</a></li>
      <li><a href="/opinion/tram-too-expensive">Opinion: The airport tram is a luxury Riverton cannot afford</a></li>
    </ul>
  </section>
  <section>
    <h2>From Our Partners</h2>
    <ul class="sponsored">
      <li><a href="https://partner.example/a" rel="sponsored">Homeowners in Riverton are switching to this smart thermostat</a></li>
      <li><a href="https://partner.example/b" rel="sponsored">The one kitchen gadget chefs say you should never buy</a></li>
      <li><a href="https://partner.example/c" rel="sponsored">Retirees: this simple trick could cut your energy bill in half</a></li>
      <li><a href="https://partner.example/d" rel="sponsored">Top-rated hearing aids of 2024, compared by experts</a></li>
      <li><a href="https://partner.example/e" rel="sponsored">Why everyone is suddenly talking about these walking shoes</a></li>
    </ul>
  </section>
  <section>
    <h2>Topics</h2>
    <p class="topics"><a href="/t/trams">Trams</a> · <a href="/t/airport">Airport</a> · <a href="/t/council">City council</a> · <a href="/t/budget">Budget</a> · <a href="/t/housing">Housing</a> · <a href="/t/cycling">Cycling</a> · <a href="/t/harbour">Harbour</a> · <a href="/t/schools">Schools</a> · <a href="/t/climate">Climate</a> · <a href="/t/culture">Culture</a> · <a href="/t/football">Football</a> · <a href="/t/rowing">Rowing</a> · <a href="/t/jobs">Jobs</a> · <a href="/t/energy">Energy</a> · <a href="/t/parking">Parking</a> · <a href="/t/oostveld">Oostveld</a> · <a href="/t/old-town">Old town</a> · <a href="/t/elections">Elections</a> · <a href="/t/weather">Weather</a> · <a href="/t/archaeology">Archaeology</a></p>
  </section>
</aside>
<main class="story">
  <p class="breadcrumbs"><a href="/">Home</a> / <a href="/city">City</a> / Transport</p>
  <article>
    <h1>Riverton council backs tram extension to the airport after four-hour debate</h1>
    <p class="byline">By <a href="/authors/hanna-vos">Hanna Vos</a> · City Hall reporter</p>
    <p class="dateline"><time datetime="2024-02-06T23:58:00+01:00">6 February 2024</time> · 3 min read</p>
    <div class="body">
{{BODY}}
    </div>
    <div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share on LinkedIn</a> <a href="#">Copy link</a></div>
  </article>
</main>
</div>
<footer>
  <p>© 2024 The Riverton Post · <a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> · <a href="/contact">Contact</a></p>
</footer>
</body>
</html>
'''
