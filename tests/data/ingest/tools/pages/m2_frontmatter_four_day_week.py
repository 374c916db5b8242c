PATH = "dev/md_frontmatter_four_day_week.md"
KIND = "markdown"
# author is a YAML list; title is quoted because it contains a colon; the body repeats the
# title as "# ..." (must not be doubled); date only, so published_at is null.
META = {
    "title": "Four-day week: Oakridge trial cuts sick days by a third",
    "outlet": "The Civic Ledger",
    "author": "Amara Nwosu, Felix Brandt",
    "published": "2024-02-29",
    "published_at": None,
    "url": "https://civicledger.example/2024/02/29/oakridge-four-day-week-trial",
}
OPTS = {"sep": "\n\n"}
BODY = r'''
P: A six-month trial of a four-day working week for municipal staff in Oakridge cut sick leave by 34 percent and did not lead to longer waits for residents, according to an evaluation published this week.
P: From August to January, about 420 city employees in seven departments — including planning, parks, libraries and customer service — worked 32 hours a week across four days with no reduction in pay. Emergency services and sanitation crews were not included.
P: The evaluation, carried out by researchers at *Westbrook University*, compared the departments with the same period a year earlier. Average processing time for building permits fell from 21 days to 17. Call-centre response times were unchanged.
P: "The biggest surprise for us was recruitment," said city administrator **Janelle Ortiz**. "We had planner positions that sat empty for a year. During the trial we filled all of them, and several applicants told us the four-day week was the reason."
X: **Related:** [Oakridge council splits over parking fees](https://civicledger.example/2024/02/20/parking-fees)
P: Not everyone was convinced. Council member Dwight Harlan, who voted against the pilot, said the results relied too heavily on staff surveys. "Of course people like working less. The question is whether taxpayers got the same service, and I'm not sure six months tells us that."
P: The report found that overtime costs rose 8 percent in two departments that struggled to cover Fridays, and recommended staggered days off rather than closing offices on the same day.
P: The council will vote in March on whether to extend the trial for another year and add the water department. The full evaluation is available on the [city's website](https://oakridge.example/four-day-week).
X: ---

*Have a story tip? Email us at tips@civicledger.example. [Sign up for our newsletter](https://civicledger.example/newsletter) to get The Civic Ledger in your inbox every Friday.*
'''
TEMPLATE = r'''
---
title: "Four-day week: Oakridge trial cuts sick days by a third"
outlet: The Civic Ledger
author:
  - Amara Nwosu
  - Felix Brandt
published: "2024-02-29"
url: "https://civicledger.example/2024/02/29/oakridge-four-day-week-trial"
---

# Four-day week: Oakridge trial cuts sick days by a third

{{BODY}}
'''
