PATH = "dev/html_time_only_marathon.html"
KIND = "html"
# the date is only in <time datetime> (no article:published_time, no JSON-LD); a second
# <time> carries the update, and the sidebar has more <time>s for other stories.
META = {
    "title": "Hosseini breaks Lakeshore Marathon record despite headwinds",
    "outlet": "Lakeshore Sentinel",
    "author": "Kai Lindholm",
    "published": "2024-10-13",
    "published_at": "2024-10-13T11:05:00+02:00",
    "url": "https://lakeshoresentinel.example/sport/2024/10/13/hosseini-marathon-record",
}
OPTS = {
    "indent": "        ",
    "fig": '<figure class="image image--wide">\n  <img src="{src}" alt="{alt}" loading="lazy" decoding="async">\n'
           '  <figcaption>{cap}</figcaption>\n</figure>',
}
BODY = r'''
P: Leila Hosseini broke the women’s course record at the Lakeshore Marathon on Sunday, finishing in 2 hours 21 minutes 48 seconds despite a stiff headwind along the final 10 kilometres beside the water.
P: The 27-year-old pulled away from a lead group of five shortly after the halfway mark and crossed the line nearly two minutes clear of defending champion Ruth Kiprono. The previous record of 2:22:30 had stood since 2017.
F: /media/2024/10/hosseini-finish-1600.jpg | Leila Hosseini, arms raised, breaks the finishing tape | Leila Hosseini crosses the finish line on Harbour Avenue. (Photo: Jonas Ek)
P: “At 30K I looked at my watch and thought the record was gone, because the wind was so strong,” Hosseini said. “Then the crowd on the promenade started shouting my split times, and I decided to try anyway.”
X: <div class="ad ad--mpu" data-slot="sport-mpu-1"><!-- ad: sport-mpu-1 --><span>Advertisement</span></div>
H: Men’s race goes to a sprint
P: The men’s race was decided in the final 200 metres, where Tomasz Wierzbicki edged Abel Haile by one second in 2:08:15. The two had run side by side for most of the last 5 kilometres, neither able to break the other.
P: “I have never finished a marathon in a sprint before,” said Wierzbicki, who was running only his second race at the distance. “My legs are not sure what happened.”
P: Organizers said a record 18,400 runners started the race, up from 16,900 last year. Temperatures stayed between 9C and 12C, but gusts of up to 35 km/h off the lake slowed times in the later stages.
P: Medical staff treated 212 runners, mostly for cramps and mild hypothermia near the finish, where the wind was strongest. Six people were taken to hospital as a precaution, the organizers said.
P: Hosseini, who will receive a 10,000-euro bonus for the record, said she planned to take two weeks off before deciding whether to race again this autumn.
'''
TEMPLATE = r'''
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <title>Hosseini breaks Lakeshore Marathon record despite headwinds - Lakeshore Sentinel</title>
  <meta name="description" content="Leila Hosseini ran 2:21:48 on a windy Sunday to take the women's course record.">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Lakeshore Sentinel">
  <meta property="og:title" content="Hosseini breaks Lakeshore Marathon record despite headwinds">
  <meta property="og:url" content="https://lakeshoresentinel.example/sport/2024/10/13/hosseini-marathon-record">
  <meta property="og:image" content="https://lakeshoresentinel.example/media/2024/10/hosseini-finish-1600.jpg">
  <meta name="twitter:card" content="summary_large_image">
  <link rel="canonical" href="https://lakeshoresentinel.example/sport/2024/10/13/hosseini-marathon-record">
  <link rel="stylesheet" href="/static/css/sentinel.min.css?v=3.14">
  <style>
    .consent-bar{position:fixed;inset:auto 0 0 0;padding:12px 20px;background:#fffbe6;border-top:1px solid #e0d68a}
    .ad--mpu{width:300px;height:250px;margin:20px auto}
    .article__content p{margin:0 0 1.1em}
  </style>
  <script>
    (function(w,d){w.__sentinel={section:"sport",paywall:false};var s=d.createElement("script");s.async=true;s.src="/static/js/analytics.js";d.head.appendChild(s);})(window,document);
  </script>
</head>
<body>
  <div class="consent-bar" id="consent">
    <span>This site uses cookies. By continuing to browse you agree to our use of cookies.</span>
    <a href="/privacy#cookies">Find out more</a>
    <button onclick="document.getElementById('consent').remove()">OK</button>
  </div>
  <header class="site-header">
    <a class="brand" href="/">Lakeshore Sentinel</a>
    <nav class="primary-nav">
      <a href="/news">News</a> <a href="/sport" class="active">Sport</a> <a href="/business">Business</a>
      <a href="/lifestyle">Lifestyle</a> <a href="/weather">Weather</a> <a href="/e-edition">E-Edition</a>
    </nav>
  </header>
  <main class="layout">
    <article class="article">
      <div class="article__header">
        <a class="article__section" href="/sport/athletics">Athletics</a>
        <h1 class="article__headline">Hosseini breaks Lakeshore Marathon record despite headwinds</h1>
        <div class="article__byline">
          By <a rel="author" href="/staff/kai-lindholm">Kai Lindholm</a>
          <span class="sep">|</span>
          Published <time datetime="2024-10-13T11:05:00+02:00">13 October 2024, 11:05</time>
          <span class="sep">|</span>
          Updated <time datetime="2024-10-13T15:40:00+02:00">15:40</time>
        </div>
        <div class="share-tools">
          <a class="share share--fb" href="#" aria-label="Share on Facebook">Facebook</a>
          <a class="share share--x" href="#" aria-label="Share on X">X</a>
          <a class="share share--wa" href="#" aria-label="Share on WhatsApp">WhatsApp</a>
          <a class="share share--mail" href="#" aria-label="Share by email">Email</a>
        </div>
      </div>
      <div class="article__content">
{{BODY}}
      </div>
      <div class="article__tags">Topics: <a href="/tag/marathon">Marathon</a>, <a href="/tag/athletics">Athletics</a>, <a href="/tag/lakeshore">Lakeshore</a></div>
    </article>
    <aside class="sidebar">
      <section class="latest">
        <h2>Latest in Sport</h2>
        <ol>
          <li><a href="/sport/2024/10/13/rowing-regatta">Harbour Rowing Club sweeps home regatta</a> <time datetime="2024-10-13T09:12:00+02:00">09:12</time></li>
          <li><a href="/sport/2024/10/12/fc-lakeshore-draw">FC Lakeshore held to late draw by Norden</a> <time datetime="2024-10-12T21:40:00+02:00">12 Oct</time></li>
          <li><a href="/sport/2024/10/11/ice-hockey-preview">Ice hockey: five things to watch this season</a> <time datetime="2024-10-11T17:00:00+02:00">11 Oct</time></li>
        </ol>
      </section>
      <section class="newsletter-box">
        <h2>Sign up for our newsletter</h2>
        <p>Sentinel Sport, every Monday: results, reports and the week ahead.</p>
        <form><input type="email" placeholder="Email address"><button type="submit">Subscribe</button></form>
      </section>
    </aside>
  </main>
  <footer class="site-footer">
    <p>© 2024 Lakeshore Sentinel. All rights reserved.</p>
    <p><a href="/about">About</a> · <a href="/contact">Contact</a> · <a href="/advertise">Advertise</a> · <a href="/privacy">Privacy policy</a></p>
  </footer>
</body>
</html>
'''
