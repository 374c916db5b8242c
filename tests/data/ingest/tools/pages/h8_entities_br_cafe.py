PATH = "dev/html_entities_br_cafe.html"
KIND = "html"
# named and numeric entities everywhere (title, author, body); one <p> holds three paragraphs
# separated by <br /><br />; &nbsp; becomes a plain space in the expected text.
META = {
    "title": "Café Léonie & Sons reopens six months after the river flood",
    "outlet": "The Corner Table",
    "author": "Marguerite O’Connell",
    "published": "2024-05-30",
    "published_at": "2024-05-30T07:45:00+01:00",
    "url": "https://cornertable.example/2024/05/30/cafe-leonie-reopens/",
}
OPTS = {"indent": "\t\t"}
BODY = r'''
P: When the Ardle burst its banks last November, the water rose to just below the counter at Caf&eacute; L&eacute;onie &amp; Sons. On Saturday morning, six months and &pound;85,000 later, the queue for the reopening stretched past the bridge.
P: &#8220;We didn&#8217;t know if we&#8217;d ever open again,&#8221; said L&eacute;onie Baptiste, 64, who started the caf&eacute; in 1991 with her late husband and now runs it with their two sons. &#8220;Every oven, every fridge, the floor, the walls&nbsp;&mdash; all of it had to go.&#8221;
F: https://cornertable.example/wp-content/uploads/2024/05/leonie-family-1024x683.jpg | L&eacute;onie Baptiste with her sons outside the caf&eacute; | L&eacute;onie Baptiste (centre) with her sons Marc and Julien on reopening day. Photo: Tom&aacute;s Reid
P: The family&#8217;s insurance covered about half the cost. The rest came from savings, a small-business flood grant from the council and a crowdfunding page that raised &pound;21,400 from more than 900&nbsp;people, many of them regulars.
H: Same menu, higher shelves
P: Regulars will find the menu unchanged: the almond croissants, the Saturday-only brioche, and the fish stew that Marc Baptiste says &#8220;nobody is allowed to change, including me.&#8221;
B: What has changed is the building. Electrical sockets now sit 1.2&nbsp;metres above the floor, the new ovens are on raised platforms, and flood barriers can be slotted into the doorways in under ten minutes. || &#8220;We&#8217;ve learnt our lesson,&#8221; Julien Baptiste said. &#8220;If the river comes back, it&#8217;ll find a much less interesting caf&eacute;&hellip; and we&#8217;ll be open again in a week, not six months.&#8221; || The council says new flood defences along the Ardle, costing &pound;4.3&nbsp;million, should be finished by the end of next year.
X: <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook" href="?share=facebook">Facebook</a></li><li><a class="share-x" href="?share=x">X</a></li><li><a class="share-email" href="?share=email">Email</a></li></ul></div>
P: By 11&nbsp;am on Saturday, the caf&eacute; had sold out of croissants. &#8220;That,&#8221; said L&eacute;onie Baptiste, &#8220;is the best problem I&#8217;ve had all year.&#8221;
'''
TEMPLATE = r'''
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Caf&eacute; L&eacute;onie &amp; Sons reopens six months after the river flood &#8211; The Corner Table</title>
<meta property="og:type" content="article" />
<meta property="og:title" content="Caf&eacute; L&eacute;onie &amp; Sons reopens six months after the river flood" />
<meta property="og:site_name" content="The Corner Table" />
<meta property="og:url" content="https://cornertable.example/2024/05/30/cafe-leonie-reopens/" />
<meta property="article:published_time" content="2024-05-30T07:45:00+01:00" />
<meta property="article:modified_time" content="2024-05-31T12:10:33+01:00" />
<meta name="author" content="Marguerite O&#8217;Connell" />
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","@id":"https://cornertable.example/2024/05/30/cafe-leonie-reopens/#article","headline":"Caf\u00e9 L\u00e9onie &amp; Sons reopens six months after the river flood","datePublished":"2024-05-30T07:45:00+01:00","dateModified":"2024-05-31T12:10:33+01:00","author":{"@type":"Person","name":"Marguerite O\u2019Connell"},"publisher":{"@type":"Organization","name":"The Corner Table"}},{"@type":"WebSite","name":"The Corner Table","url":"https://cornertable.example/"}]}</script>
<style id='global-styles-inline-css'>
body{--wp--preset--color--black:#000;--wp--preset--font-size--small:13px}
.entry-content p{margin-bottom:1.4em}
</style>
<script id="cookie-law-js-extra">
var Cli_Data = {"nn_cookie_ids":[],"cookielist":[],"non_necessary_cookies":[],"ccpaEnabled":"","ccpaRegionBased":"","ccpaBarEnabled":"","strictlyEnabled":["necessary","obligatoire"],"ccpaType":"gdpr","js_blocking":"1","custom_integration":"","triggerDomRefresh":"","secure_cookies":""};
</script>
</head>
<body class="post-template-default single single-post postid-4417">
<div id="cookie-law-info-bar" data-nosnippet="true"><span>This website uses cookies to improve your experience. We&#039;ll assume you&#039;re ok with this, but you can opt-out if you wish. <a role='button' class="cli_settings_button">Cookie settings</a> <a role='button' id="cookie_action_close_header" class="cli-plugin-button">ACCEPT</a></span></div>
<div id="page" class="hfeed site">
	<header id="masthead" class="site-header" role="banner">
		<div class="site-branding">
			<p class="site-title"><a href="https://cornertable.example/" rel="home">The Corner Table</a></p>
			<p class="site-description">Food, drink &amp; the people behind them</p>
		</div>
		<nav id="site-navigation" class="main-navigation">
			<ul>
				<li><a href="/news/">News</a></li>
				<li><a href="/reviews/">Reviews</a></li>
				<li><a href="/recipes/">Recipes</a></li>
				<li><a href="/about/">About</a></li>
			</ul>
		</nav>
	</header>
	<div id="content" class="site-content">
	<main id="main" class="site-main">
	<article id="post-4417" class="post-4417 post type-post status-publish format-standard hentry category-news">
		<header class="entry-header">
			<h1 class="entry-title">Caf&eacute; L&eacute;onie &amp; Sons reopens six months after the river flood</h1>
			<div class="entry-meta">
				<span class="posted-on">Posted on <a href="https://cornertable.example/2024/05/30/cafe-leonie-reopens/" rel="bookmark"><time class="entry-date published" datetime="2024-05-30T07:45:00+01:00">30th May 2024</time><time class="updated" datetime="2024-05-31T12:10:33+01:00">31st May 2024</time></a></span>
				<span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://cornertable.example/author/marguerite/">Marguerite O&#8217;Connell</a></span></span>
			</div>
		</header>
		<div class="entry-content">
{{BODY}}
		</div>
		<footer class="entry-footer">
			<span class="cat-links">Posted in <a href="/category/news/" rel="category tag">News</a></span>
			<span class="tags-links">Tagged <a href="/tag/cafes/" rel="tag">caf&eacute;s</a>, <a href="/tag/floods/" rel="tag">floods</a>, <a href="/tag/ardle/" rel="tag">River Ardle</a></span>
		</footer>
	</article>
	<div class="author-info">
		<h2 class="author-title">About Marguerite O&#8217;Connell</h2>
		<p class="author-bio">Marguerite writes about independent caf&eacute;s, markets &amp; small food businesses. She has never met a croissant she didn&#8217;t like.</p>
	</div>
	<div id="jp-relatedposts" class="jp-relatedposts">
		<h3 class="jp-relatedposts-headline"><em>Related</em></h3>
		<p><a href="/2024/04/12/ardle-market/">Ardle Saturday market moves to higher ground</a> &middot; <a href="/2023/12/02/flood-cafes/">After the flood: the caf&eacute;s counting the cost</a> &middot; <a href="/2024/02/20/best-croissants/">Our ten best croissants of the year</a></p>
	</div>
	<div id="comments" class="comments-area">
		<div id="respond" class="comment-respond">
			<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3>
			<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published.</p><p><textarea name="comment"></textarea></p><p class="form-submit"><input type="submit" value="Post Comment" /></p></form>
		</div>
	</div>
	</main>
	</div>
	<footer id="colophon" class="site-footer">
		<div class="site-info">&copy; 2024 The Corner Table &middot; Theme by Example Themes</div>
	</footer>
</div>
<script src="/wp-includes/js/wp-embed.min.js?ver=6.5.3" id="wp-embed-js"></script>
</body>
</html>
'''
