PATH = "heldout/text_techblog_bird_count.txt"
KIND = "text"
META = {
    "title": "Citizen scientists logged 1.2 million bird sightings in a weekend. Here's what the app learned",
    "outlet": "Lumen Dispatch",
    "author": "Helen Strand",
    "published": "2024-05-21",
    "published_at": None,
    "url": None,
}
OPTS = {"sep": "\n"}
BODY = r'''
P: Over a single weekend in early May, about 38,000 volunteers opened the Wingspan Count app and recorded 1.2 million bird sightings, more than double last year’s total. The organizers say the data is already changing how they think about spring migration.
H: A bigger, better-distributed crowd
P: The most important change, according to project lead Dr. Tobias Engel, was not the number of people taking part but where they were. Previous counts were dominated by observers in a handful of large cities. This year, nearly 40 percent of checklists came from rural areas.
P: “For the first time we have decent coverage of farmland and small woodlands, which is where a lot of declining species actually live,” Engel said.
H: The machine-learning filter
P: Every sighting passes through a screening model that flags unlikely records, such as a tropical species reported far outside its range or a count of 500 for a bird that usually travels in pairs. Flagged records go to a team of volunteer reviewers rather than being deleted.
P: About 3 percent of records were flagged this year. Most turned out to be simple misidentifications, but reviewers confirmed 14 genuinely unusual sightings, including a pair of hoopoes on the coast that had not been recorded in the area for a decade.
P: The app also asks users to mark how confident they are in each identification, a small change that Engel says made a large difference. Low-confidence records are weighted less heavily when the team estimates population trends.
H: What comes next
P: The team plans to publish an open dataset of the weekend’s sightings in the autumn, with precise locations blurred for sensitive species to protect nesting sites from disturbance.
P: A second count is planned for the first weekend of October, timed to catch the autumn migration. Engel said the team hopes to reach 50,000 volunteers.
P: The app is free and available for Android and iOS.
'''
TEMPLATE = r'''
 date 2024-05-21 Home / News / Science
Citizen scientists logged 1.2 million bird sightings in a weekend. Here's what the app learned
By Helen Strand
5 min read
Share this article
{{BODY}}
By Helen Strand
Helen Strand writes about science, software and the people who build it for Lumen Dispatch.
Visit Page
Filed Under
Comments
Comment Title:
  Notify me of follow-up comments
We encourage you to post comments and engage in discussions that advance this post through relevant opinion, anecdotes, links and data. Views expressed in the comments do not represent those of Lumen Dispatch.
Lumen Dispatch Newsletter
The Friday Digest
Too busy to keep up? Get the week's best science and technology stories in one short email every Friday.
Related
Topics
Open Data
Sponsored byDataCommons.example
Machine Learning
Sponsored byTensorworks
Ecology
Sponsored byGreenfield Labs
View All Topics
© 2024 Lumen Dispatch
'''
