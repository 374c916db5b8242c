PATH = "heldout/html_comments_cookie_clinic.html"
KIND = "html"
# cookie consent dialog first in <body>; long comment thread with <p> paragraphs; JSON-LD
# author as a single object; dek and figure caption are body.
META = {
    "title": "Rural clinic in Pine Hollow reopens with telehealth suite and a visiting dentist",
    "outlet": "The Hillcrest Herald",
    "author": "Rebecca Tran",
    "published": "2024-02-12",
    "published_at": "2024-02-12T05:00:00-08:00",
    "url": "https://hillcrestherald.example/news/2024/02/12/pine-hollow-clinic-reopens",
}
OPTS = {"indent": "        ",
        "fig": '<figure class="lead-photo">\n  <img src="{src}" alt="{alt}">\n  <figcaption><p>{cap}</p></figcaption>\n</figure>'}
BODY = r'''
P: After 18 months without a doctor, residents of the mountain town no longer face a 90-minute drive for routine care.
X: </div>
</header>
<div class="byline-block">
  <span class="byline">By <a href="/staff/rebecca-tran">Rebecca Tran</a></span>
  <span class="pubdate">Feb. 12, 2024</span>
  <span class="readtime">4 min read</span>
</div>
<div class="social-share">
  <button data-share="facebook">Facebook</button><button data-share="x">X</button><button data-share="email">Email</button><button data-share="print">Print</button>
</div>
<div class="story-body">
F: /uploads/2024/02/pine-hollow-clinic-exam.jpg | A nurse practitioner checks a patient's blood pressure | Nurse practitioner Dana Kessler checks a patient’s blood pressure at the reopened Pine Hollow clinic. (Herald photo / Luis Romero)
P: For the first time in a year and a half, the lights are on at the Pine Hollow Community Clinic. The small clinic on Main Street reopened on Monday with a full-time nurse practitioner, a telehealth room linked to specialists at Hillcrest Regional Medical Center, and a dentist who will visit two days a month.
P: The clinic closed in August 2022 when its only physician retired and a two-year search for a replacement came up empty. Since then, the town’s roughly 2,100 residents have had to drive 90 minutes each way to Hillcrest for routine appointments, often on winding roads that close in heavy snow.
P: “People were skipping checkups, skipping prescriptions, waiting until things became emergencies,” said Dana Kessler, the nurse practitioner who now runs the clinic. “My job is to make sure they don’t have to make that choice anymore.”
X: <div class="ad-unit" id="herald-inline-1"><small>Advertisement</small><ins class="adsbygoogle" data-ad-slot="882211"></ins></div>
H: A new model for rural care
P: The reopening was funded by a $1.6 million state rural health grant and a partnership with Hillcrest Regional, which will pay Kessler’s salary for the first three years. In the telehealth room, patients can see cardiologists, psychiatrists and other specialists by video, with Kessler in the room to take vital signs and help with examinations.
P: The visiting dentist, Dr. Omar Haddad, will see patients on the first and third Thursday of each month. He said his first four clinic days were already fully booked.
P: County supervisor Ellen Marsh said the model could be copied in other small towns. “We are never going to have a doctor in every village again,” she said. “But we can have a front door to the health system in every village.”
P: The clinic is open Monday through Friday and accepts walk-in patients in the mornings.
'''
TEMPLATE = r'''
<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Rural clinic in Pine Hollow reopens with telehealth suite and a visiting dentist | The Hillcrest Herald</title>
  <meta property="og:site_name" content="The Hillcrest Herald">
  <meta property="og:type" content="article">
  <meta property="og:title" content="Rural clinic in Pine Hollow reopens with telehealth suite and a visiting dentist">
  <meta property="og:url" content="https://hillcrestherald.example/news/2024/02/12/pine-hollow-clinic-reopens">
  <meta property="article:published_time" content="2024-02-12T05:00:00-08:00">
  <meta property="article:modified_time" content="2024-02-13T10:15:00-08:00">
  <script type="application/ld+json">
  {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Rural clinic in Pine Hollow reopens with telehealth suite and a visiting dentist",
    "description": "After 18 months without a doctor, residents of the mountain town no longer face a 90-minute drive for routine care.",
    "datePublished": "2024-02-12T05:00:00-08:00",
    "dateModified": "2024-02-13T10:15:00-08:00",
    "author": {"@type": "Person", "name": "Rebecca Tran", "url": "https://hillcrestherald.example/staff/rebecca-tran"},
    "publisher": {"@type": "NewsMediaOrganization", "name": "The Hillcrest Herald"},
    "url": "https://hillcrestherald.example/news/2024/02/12/pine-hollow-clinic-reopens"
  }
  </script>
  <link rel="stylesheet" href="/static/herald.css">
  <style>
    #consent-modal{position:fixed;inset:0;background:rgba(0,0,0,.6);display:flex;align-items:center;justify-content:center}
    #consent-modal .box{background:#fff;max-width:520px;padding:24px}
    .comment-thread .reply-list{margin-left:32px}
  </style>
  <script>
    window.heraldConfig = {section: "news", paywallMeter: 5, commentsEnabled: true};
  </script>
</head>
<body>
<div id="consent-modal" role="dialog" aria-modal="true" aria-labelledby="consent-title">
  <div class="box">
    <h2 id="consent-title">Your privacy choices</h2>
    <p>We and our partners use cookies and similar technologies to deliver content, measure audiences and show personalised ads. You can accept all cookies, reject non-essential ones, or choose which purposes to allow.</p>
    <p>You can change your mind at any time from the “Privacy settings” link in the footer.</p>
    <button id="consent-accept">Accept all</button>
    <button id="consent-reject">Reject non-essential</button>
    <button id="consent-manage">Manage options</button>
  </div>
</div>
<header class="site-header">
  <div class="brand"><a href="/">The Hillcrest Herald</a></div>
  <nav aria-label="Main">
    <ul><li><a href="/news">News</a></li><li><a href="/health">Health</a></li><li><a href="/schools">Schools</a></li><li><a href="/outdoors">Outdoors</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul>
  </nav>
</header>
<main>
  <nav class="breadcrumb"><a href="/">Home</a> › <a href="/news">News</a> › <a href="/health">Health</a></nav>
  <article class="story">
    <header class="story-header">
      <h1>Rural clinic in Pine Hollow reopens with telehealth suite and a visiting dentist</h1>
      <div class="dek">
{{BODY}}
      </div>
    <footer class="story-footer">
      <p class="tags">Tags: <a href="/tag/pine-hollow">Pine Hollow</a>, <a href="/tag/rural-health">Rural health</a>, <a href="/tag/telehealth">Telehealth</a></p>
      <p class="author-bio">Rebecca Tran covers health and the mountain communities for the Herald. Contact her at rtran@hillcrestherald.example.</p>
    </footer>
  </article>
  <section class="comment-thread" id="comments">
    <h2>Comments (11)</h2>
    <p class="comment-policy">Comments are moderated. Please keep it civil and on topic.</p>
    <div class="comment">
      <p class="comment-author">Walt Hennessy <span class="comment-date">Feb 12, 2024 6:40 AM</span></p>
      <p>My wife and I drove to Hillcrest eleven times last year for her appointments. Eleven round trips over the pass. This clinic is going to change our lives, plain and simple.</p>
      <p>Thank you to everyone at the county who kept pushing for it.</p>
      <a class="reply-link" href="#">Reply</a>
      <div class="reply-list">
        <div class="comment">
          <p class="comment-author">Linda M. <span class="comment-date">Feb 12, 2024 7:15 AM</span></p>
          <p>Same for us, Walt. My dad missed two cardiology appointments in December because the road was closed.</p>
          <a class="reply-link" href="#">Reply</a>
        </div>
      </div>
    </div>
    <div class="comment">
      <p class="comment-author">J. Okafor <span class="comment-date">Feb 12, 2024 8:02 AM</span></p>
      <p>Telehealth is fine for some things but it is not the same as having a real doctor in town. I hope nobody at the county thinks this means the problem is solved. We still need a physician, and the grant only lasts three years.</p>
      <a class="reply-link" href="#">Reply</a>
    </div>
    <div class="comment">
      <p class="comment-author">pinehollow_native <span class="comment-date">Feb 12, 2024 9:30 AM</span></p>
      <p>Dana Kessler delivered my niece in the back of an ambulance in 2019. If anyone can make this work it is her.</p>
      <a class="reply-link" href="#">Reply</a>
    </div>
    <div class="comment">
      <p class="comment-author">Sue Albright <span class="comment-date">Feb 12, 2024 11:48 AM</span></p>
      <p>A dentist two days a month is a start, but the waiting list will be months long. Half the kids at the elementary school have never seen a dentist. Can the Herald find out whether the school district is involved?</p>
      <a class="reply-link" href="#">Reply</a>
    </div>
    <div class="comment">
      <p class="comment-author">Greg T. <span class="comment-date">Feb 12, 2024 1:05 PM</span></p>
      <p>Good news for once. Now fix the road.</p>
      <a class="reply-link" href="#">Reply</a>
    </div>
    <div class="comment">
      <p class="comment-author">Maria Delacroix <span class="comment-date">Feb 12, 2024 4:22 PM</span></p>
      <p>I work at Hillcrest Regional and I can tell you the specialists are genuinely excited about this. It is much easier to follow a patient when a nurse practitioner is in the room with them than over a phone call. The pilot in Cedar Gap worked well and this one is better funded.</p>
      <a class="reply-link" href="#">Reply</a>
    </div>
    <a class="load-more" href="#">Show 5 more comments</a>
    <form class="comment-form">
      <h3>Leave a comment</h3>
      <label for="c-body">Comment</label><textarea id="c-body"></textarea>
      <label for="c-name">Display name</label><input id="c-name">
      <button type="submit">Post comment</button>
    </form>
  </section>
  <aside class="related">
    <h2>Related</h2>
    <ul>
      <li><a href="/news/2023/09/18/pine-hollow-doctor-search">Pine Hollow’s long search for a doctor</a></li>
      <li><a href="/news/2023/11/02/state-rural-health-grants">State awards $14 million in rural health grants</a></li>
      <li><a href="/news/2024/01/22/cedar-gap-telehealth">Cedar Gap telehealth pilot shows promise</a></li>
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <p>© 2024 The Hillcrest Herald · <a href="/privacy">Privacy settings</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact us</a></p>
</footer>
<script src="/static/herald.js" defer></script>
</body>
</html>
'''
