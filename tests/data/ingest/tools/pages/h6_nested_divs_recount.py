PATH = "dev/html_nested_divs_recount.html"
KIND = "html"
# no <article> element: the story sits in nested <div>s between ad containers; the JSON-LD
# author is an array with a single Person; a comments widget and a reply form follow.
META = {
    "title": "Hand recount confirms Marlow County sheriff result by 37 votes",
    "outlet": "Tri-County Courier",
    "author": "Gabriel Santos",
    "published": "2024-11-14",
    "published_at": "2024-11-14T18:45:00-05:00",
    "url": "https://tricountycourier.example/2024/11/14/marlow-sheriff-recount-confirms-result/",
}
OPTS = {"indent": "              ",
        "p": '<div class="text-block">\n  <p>{}</p>\n</div>',
        "h": '<div class="text-block text-block--subhead">\n  <h3>{}</h3>\n</div>'}
BODY = r'''
P: A hand recount of more than 41,000 ballots confirmed on Thursday that incumbent sheriff Denise Caldwell won re-election in Marlow County by 37 votes, ending a week of uncertainty over the closest race on the county’s ballot.
P: The recount, requested by challenger Ray Whitmore after the initial tally showed him trailing by 41 votes, shifted the final margin by four votes. Election officials said the small change was within the normal range for a hand count and came mostly from ballots where voters had circled a name rather than filling in the oval.
X: <div class="ad-container ad-container--inline"><div class="ad-label">Advertisement</div><div id="ad-inline-1" class="ad" data-sizes="[[300,250],[336,280]]"></div></div>
P: “The machines were right, the people were right, and the result is the result,” county clerk Andrea Lowe said at a news conference after the count was certified. “I’m proud of the 60 workers who gave up their week to get this done carefully.”
H: Challenger concedes
P: Whitmore conceded in a short statement posted online Thursday evening, thanking his supporters and calling the recount “the right way to settle a close race.” He said he had not decided whether to run again in four years.
P: Caldwell, who is beginning her third term, said she would reach out to Whitmore’s campaign to discuss his proposals for a rural patrol unit. “Half the county voted for change, and I heard that,” she said.
X: <div class="inline-related"><span class="inline-related__label">RELATED:</span> <a href="/2024/11/07/marlow-sheriff-race-too-close-to-call/">Marlow sheriff’s race too close to call as absentee ballots counted</a></div>
P: Teams of two workers, one from each party, examined each ballot in the county fairgrounds exhibition hall while observers from both campaigns watched from behind a rope line. The recount cost about $58,000, which Whitmore’s campaign was not required to pay because the initial margin was under 0.1 percent of votes cast.
P: The board of canvassers will meet Monday to formally certify all county results.
P: It was the first hand recount in Marlow County since a 2006 school board race, which was decided by a single vote.
'''
TEMPLATE = r'''
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hand recount confirms Marlow County sheriff result by 37 votes | Tri-County Courier</title>
<meta property="og:site_name" content="Tri-County Courier">
<meta property="og:title" content="Hand recount confirms Marlow County sheriff result by 37 votes">
<meta property="og:type" content="article">
<meta property="og:url" content="https://tricountycourier.example/2024/11/14/marlow-sheriff-recount-confirms-result/">
<meta property="article:published_time" content="2024-11-14T18:45:00-05:00">
<meta property="article:modified_time" content="2024-11-15T07:02:11-05:00">
<link rel="canonical" href="https://tricountycourier.example/2024/11/14/marlow-sheriff-recount-confirms-result/">
<link href="/css/bootstrap.min.css" rel="stylesheet">
<link href="/css/courier.css?v=20241101" rel="stylesheet">
<script type="application/ld+json">
{
  "@context": "http://schema.org",
  "@type": "NewsArticle",
  "headline": "Hand recount confirms Marlow County sheriff result by 37 votes",
  "datePublished": "2024-11-14T18:45:00-05:00",
  "dateModified": "2024-11-15T07:02:11-05:00",
  "author": [{"@type": "Person", "name": "Gabriel Santos", "jobTitle": "Politics Reporter"}],
  "publisher": {"@type": "Organization", "name": "Tri-County Courier"},
  "mainEntityOfPage": {"@type": "WebPage", "@id": "https://tricountycourier.example/2024/11/14/marlow-sheriff-recount-confirms-result/"}
}
</script>
<style type="text/css">
  #cookie-law-info-bar{position:fixed;bottom:0;width:100%;background:#333;color:#fff;padding:10px;text-align:center;z-index:1000}
  .ad-container{margin:20px 0;text-align:center}
  .story-body .text-block p{font-size:17px}
</style>
</head>
<body class="story-page">
<div id="fb-root"></div>
<div id="wrapper">
  <div class="header-wrapper">
    <div class="container">
      <div class="row">
        <div class="col-md-4"><a href="/"><img src="/img/courier-logo.png" alt="Tri-County Courier"></a></div>
        <div class="col-md-8">
          <ul class="nav nav-pills">
            <li><a href="/news/">News</a></li>
            <li class="active"><a href="/elections/">Elections</a></li>
            <li><a href="/sports/">Sports</a></li>
            <li><a href="/opinion/">Opinion</a></li>
            <li><a href="/obituaries/">Obituaries</a></li>
            <li><a href="/e-edition/">E-Edition</a></li>
          </ul>
        </div>
      </div>
    </div>
  </div>
  <div class="ad-container ad-container--leaderboard"><div id="ad-top" class="ad" data-sizes="[[728,90]]"></div></div>
  <div id="main">
    <div class="container">
      <div class="row">
        <div class="col-md-8">
          <div class="story">
            <div class="story__header">
              <div class="story__category"><a href="/elections/">Elections</a></div>
              <h1 class="story__title">Hand recount confirms Marlow County sheriff result by 37 votes</h1>
              <div class="story__meta">
                <div class="story__author">By <a href="/staff/gabriel-santos/">Gabriel Santos</a></div>
                <div class="story__date">Nov 14, 2024</div>
              </div>
              <div class="story__social">
                <a class="btn btn-fb" href="#">Share</a> <a class="btn btn-tw" href="#">Post</a> <a class="btn btn-email" href="#">Email</a>
              </div>
            </div>
            <div class="story__body story-body">
{{BODY}}
            </div>
            <div class="story__footer">
              <div class="author-box">
                <img src="/img/staff/gsantos.jpg" alt="">
                <div class="author-box__text">Gabriel Santos covers county government and elections for the Tri-County Courier. He can be reached at gsantos@tricountycourier.example.</div>
              </div>
            </div>
            <div class="comments">
              <div class="comments__header">Comments (3)</div>
              <div class="comment">
                <div class="comment__user">Carl_H</div>
                <div class="comment__time">Nov 14, 2024 7:20pm</div>
                <div class="comment__text">Thank you to the poll workers who did this by hand. Hard, thankless work and they got it right.</div>
              </div>
              <div class="comment">
                <div class="comment__user">marlow_mom</div>
                <div class="comment__time">Nov 14, 2024 8:03pm</div>
                <div class="comment__text">Thirty-seven votes. If you didn't vote this year because you thought it wouldn't matter, remember this race.</div>
              </div>
              <div class="comment">
                <div class="comment__user">T. Boyd</div>
                <div class="comment__time">Nov 15, 2024 6:41am</div>
                <div class="comment__text">Fifty-eight thousand dollars for four votes. The county should change the law on automatic recounts.</div>
              </div>
              <div class="comment-form">
                <h4>Leave a Reply</h4>
                <form>
                  <label>Comment Title:</label> <input type="text" name="title">
                  <label>Comment:</label> <textarea name="body"></textarea>
                  <label><input type="checkbox"> Notify me of follow-up comments</label>
                  <button type="submit">Submit</button>
                </form>
              </div>
            </div>
          </div>
        </div>
        <div class="col-md-4">
          <div class="sidebar">
            <div class="widget widget--trending">
              <h3>Trending Now</h3>
              <ul>
                <li><a href="/2024/11/13/school-levy-passes/">School levy passes on second try</a></li>
                <li><a href="/2024/11/12/bridge-closure/">Route 9 bridge to close for three months</a></li>
                <li><a href="/2024/11/12/holiday-market/">Holiday market returns to courthouse square</a></li>
              </ul>
            </div>
            <div class="ad-container"><div id="ad-side" class="ad" data-sizes="[[300,600]]"></div></div>
          </div>
        </div>
      </div>
    </div>
  </div>
  <div class="footer">
    <div class="container">
      <div class="row">
        <div class="col-md-6">© 2024 Tri-County Courier. All rights reserved.</div>
        <div class="col-md-6"><a href="/contact/">Contact Us</a> | <a href="/advertise/">Advertise</a> | <a href="/privacy/">Privacy</a></div>
      </div>
    </div>
  </div>
</div>
<div id="cookie-law-info-bar">This website uses cookies to improve your experience. <a href="#" id="cookie_action_close_header">Accept</a> <a href="/privacy/">Read More</a></div>
<script src="/js/jquery.min.js"></script>
<script src="/js/bootstrap.min.js"></script>
<script>
  $(function(){ $('#cookie_action_close_header').on('click', function(e){ e.preventDefault(); $('#cookie-law-info-bar').hide(); }); });
</script>
</body>
</html>
'''
