PATH = "dev/html_meta_only_harvest.html"
KIND = "html"
# metadata only in <meta> tags (og:*, article:published_time, name=author); no JSON-LD, no
# <time>; a comments section whose comments are <p> paragraphs.
META = {
    "title": "Heat pushes grape harvest three weeks early in the Sauvemont valley",
    "outlet": "Terroir Weekly",
    "author": "Camille Roussel",
    "published": "2024-09-02",
    "published_at": "2024-09-02T06:00:00Z",
    "url": "https://terroirweekly.example/news/sauvemont-harvest-early-2024",
}
OPTS = {"indent": "    "}
BODY = r'''
P: Winemakers in the Sauvemont valley began picking grapes for sparkling wine on August 12 this year, the earliest start to the harvest since records began and nearly three weeks ahead of the average over the past three decades.
P: A hot, dry July pushed sugar levels up quickly, and growers said they had to move fast to keep the acidity that gives the region’s sparkling wines their freshness. “If we had waited for the usual date, we would have been making jam,” said Étienne Marchal, who farms 18 hectares above the village of Lorcy.
P: The early start has forced changes across the valley. Seasonal pickers, many of them students, were still on holiday elsewhere when the first grapes were ready, and several estates brought in machines for the first time on vineyards where the slope allowed it.
X: <div class="tw-ad" data-ad="inline-1">Advertisement</div>
P: Yields are expected to be about 10 percent below average after a spring frost and a dry summer, according to the local growers’ union, but quality appears high. “The grapes are small and very healthy. There is almost no disease,” said union president Sandrine Vautier.
H: A changing calendar
P: Records kept by the union since 1952 show the harvest date moving steadily earlier. In the 1960s, picking typically started in the last week of September. Over the past ten years, it has usually begun in early September.
P: Some growers are planting later-ripening grape varieties or moving new vineyards to higher, north-facing slopes that stay cooler. Others are experimenting with taller canopies of leaves to shade the bunches during heat waves.
P: Marchal has planted two rows of a variety from southern Europe as a test. “My grandfather would think I was mad,” he said. “But my grandfather never harvested in August.”
P: The harvest is expected to finish by mid-September.
'''
TEMPLATE = r'''
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Heat pushes grape harvest three weeks early in the Sauvemont valley | Terroir Weekly</title>
<meta name="author" content="Camille Roussel">
<meta name="description" content="Pickers started on August 12, the earliest date on record, as a hot July rushed the grapes to ripeness.">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="Heat pushes grape harvest three weeks early in the Sauvemont valley">
<meta property="og:description" content="Pickers started on August 12, the earliest date on record, as a hot July rushed the grapes to ripeness.">
<meta property="og:url" content="https://terroirweekly.example/news/sauvemont-harvest-early-2024">
<meta property="og:site_name" content="Terroir Weekly">
<meta property="og:image" content="https://terroirweekly.example/wp-content/uploads/2024/09/sauvemont-pickers.jpg">
<meta property="article:section" content="News">
<meta property="article:tag" content="Harvest">
<meta property="article:tag" content="Climate">
<meta property="article:published_time" content="2024-09-02T06:00:00Z">
<meta property="article:modified_time" content="2024-09-03T10:24:51Z">
<link rel="stylesheet" id="tw-theme-css" href="https://terroirweekly.example/wp-content/themes/terroir/style.css?ver=2.4.1" media="all">
<style id="tw-inline-css">
.tw-ad{margin:2em 0;padding:1em;text-align:center;background:#faf7f2;color:#998;font-size:11px;text-transform:uppercase}
.comment-list{list-style:none;padding:0}
</style>
<script src="https://terroirweekly.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-20931 single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header">
  <p class="site-title"><a href="https://terroirweekly.example/" rel="home">Terroir Weekly</a></p>
  <p class="site-description">Wine, vines and the people who tend them</p>
  <nav id="site-navigation" class="main-navigation">
    <ul id="primary-menu" class="menu">
      <li><a href="/news/">News</a></li>
      <li><a href="/tastings/">Tastings</a></li>
      <li><a href="/regions/">Regions</a></li>
      <li><a href="/travel/">Travel</a></li>
      <li><a href="/subscribe/">Subscribe</a></li>
    </ul>
  </nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-20931" class="post-20931 post type-post status-publish format-standard has-post-thumbnail hentry category-news">
  <header class="entry-header">
    <h1 class="entry-title">Heat pushes grape harvest three weeks early in the Sauvemont valley</h1>
    <div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="https://terroirweekly.example/author/croussel/">Camille Roussel</a></span></span></div>
  </header>
  <div class="entry-content">
{{BODY}}
  </div>
  <footer class="entry-footer">
    <span class="cat-links">Posted in <a href="/category/news/" rel="category tag">News</a></span>
    <span class="tags-links">Tagged <a href="/tag/harvest/" rel="tag">Harvest</a>, <a href="/tag/climate/" rel="tag">Climate</a>, <a href="/tag/sparkling-wine/" rel="tag">Sparkling wine</a></span>
  </footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts">
  <div class="nav-previous"><a href="/news/cork-prices-2024/" rel="prev"><span class="meta-nav">Previous</span> Cork prices climb as oak forests face drought</a></div>
  <div class="nav-next"><a href="/news/cellar-door-tourism/" rel="next"><span class="meta-nav">Next</span> Cellar-door visits hit a record in July</a></div>
</nav>
<div id="comments" class="comments-area">
  <h2 class="comments-title">4 thoughts on “Heat pushes grape harvest three weeks early in the Sauvemont valley”</h2>
  <ol class="comment-list">
    <li id="comment-5512" class="comment even thread-even depth-1">
      <article class="comment-body">
        <footer class="comment-meta"><b class="fn">Henri B.</b> <span class="says">says:</span> <a href="#comment-5512">September 2, 2024 at 9:14 am</a></footer>
        <div class="comment-content"><p>We started picking on the 14th, two days after the article says. Everyone in Lorcy was out in the rows at dawn to avoid the heat. The grapes really are beautiful this year, small but clean.</p></div>
        <div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div>
      </article>
    </li>
    <li id="comment-5519" class="comment odd alt thread-odd depth-1">
      <article class="comment-body">
        <footer class="comment-meta"><b class="fn">Margaret Ellis</b> <span class="says">says:</span> <a href="#comment-5519">September 2, 2024 at 1:47 pm</a></footer>
        <div class="comment-content"><p>Interesting that nobody mentions the water. Earlier harvests are one thing, but how many of these vineyards will still be viable without irrigation in twenty years? That seems like the real story to me.</p></div>
        <div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div>
      </article>
    </li>
    <li id="comment-5523" class="comment even thread-even depth-1">
      <article class="comment-body">
        <footer class="comment-meta"><b class="fn">Paolo</b> <span class="says">says:</span> <a href="#comment-5523">September 3, 2024 at 8:02 am</a></footer>
        <div class="comment-content"><p>The southern variety Marchal planted is probably the right call. We have done the same further south and the results after four vintages are very encouraging.</p></div>
        <div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div>
      </article>
    </li>
    <li id="comment-5530" class="comment odd alt thread-odd depth-1">
      <article class="comment-body">
        <footer class="comment-meta"><b class="fn">Claire V.</b> <span class="says">says:</span> <a href="#comment-5530">September 3, 2024 at 6:30 pm</a></footer>
        <div class="comment-content"><p>As a former student picker: please pay us properly and more of us will come back early from the coast!</p></div>
        <div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div>
      </article>
    </li>
  </ol>
  <div id="respond" class="comment-respond">
    <h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
    <form action="https://terroirweekly.example/wp-comments-post.php" method="post" id="commentform" class="comment-form">
      <p class="comment-notes">Your email address will not be published. Required fields are marked <span class="required">*</span></p>
      <p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
      <p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" required></p>
      <p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" required></p>
      <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p>
    </form>
  </div>
</div>
</main>
<aside id="secondary" class="widget-area">
  <section class="widget widget_recent_entries">
    <h2 class="widget-title">Recent Posts</h2>
    <ul>
      <li><a href="/news/cellar-door-tourism/">Cellar-door visits hit a record in July</a></li>
      <li><a href="/news/cork-prices-2024/">Cork prices climb as oak forests face drought</a></li>
      <li><a href="/tastings/ten-rosés-under-15/">Ten rosés under 15 euros</a></li>
    </ul>
  </section>
</aside>
</div>
<footer id="colophon" class="site-footer">
  <div class="site-info">© 2024 Terroir Weekly · <a href="/privacy-policy/">Privacy Policy</a> · Proudly powered by WordPress</div>
</footer>
</div>
<script src="https://terroirweekly.example/wp-content/themes/terroir/js/navigation.js?ver=2.4.1" id="terroir-navigation-js"></script>
</body>
</html>
'''
