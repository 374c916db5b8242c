PATH = "dev/md_frontmatter_apricot_frost.md"
KIND = "markdown"
# published is an unquoted YAML timestamp (a YAML loader turns it into a datetime object);
# the stated string is what published_at keeps.
META = {
    "title": "Late frost wipes out half of the valley's apricot crop",
    "outlet": "Valley Growers Journal",
    "author": "Rosa Delgado",
    "published": "2024-06-02",
    "published_at": "2024-06-02T07:15:00+02:00",
    "url": "https://valleygrowers.example/news/2024/06/late-frost-apricot-crop",
}
OPTS = {"sep": "\n\n", "h": "##"}
BODY = r'''
P: Growers say a single night in April did more damage than last summer's drought, and insurers are bracing for a record number of claims.
X: ![Frost-damaged apricot blossoms on a branch](/images/2024/06/apricot-frost.jpg)
C+: *Blossoms blackened by frost at the Ferreira family orchard near San Telmo. Photo: Rosa Delgado*
P: When the temperature at the **Ferreira family orchard** dropped to minus 3 degrees in the early hours of April 19, Joaquim Ferreira and his two sons lit 400 paraffin candles between the rows and waited for sunrise. It was not enough.
P: "By morning you could see it already — the flowers had gone brown at the centre," Ferreira said. "We saved the trees on the higher ground. Down by the river, almost nothing."
P: Across the valley, growers estimate that between 45 and 55 percent of this year's apricot crop was lost to the frost, according to a survey by the [regional fruit growers' association](https://fruitgrowers.example/survey-2024). Cherries and early peaches were also damaged, though less severely.
H: A warmer spring, a bigger risk
P: Agronomists say the damage was made worse by an unusually warm March, which pushed trees into blossom nearly two weeks earlier than normal. Open flowers are far more vulnerable to frost than closed buds.
P: "The trees are responding to the warmth, and then the cold comes back at exactly the wrong moment," said *Dr. Lucía Ortega*, a crop scientist at the regional agricultural institute. "We are seeing this pattern more often."
P: Some growers have invested in wind machines, large fans that pull warmer air down from above the orchard on still, frosty nights. A single machine protects about five hectares and costs around 40,000 euros to install.
H: Claims and prices
P: Crop insurers have received more than 1,100 frost claims from the valley since April, compared with about 300 in a typical year. The association expects payouts to cover most of the losses for growers who were insured, but estimates that a third of small orchards had no cover.
P: Shoppers can expect higher prices. Wholesale apricot prices at the regional market were about 30 percent above last year's level in the first week of June.
P: Ferreira said he would harvest what remains in early July. "We will have fruit," he said. "Just not much of it."
'''
TEMPLATE = r'''
---
title: Late frost wipes out half of the valley's apricot crop
outlet: Valley Growers Journal
author: Rosa Delgado
published: 2024-06-02T07:15:00+02:00
url: https://valleygrowers.example/news/2024/06/late-frost-apricot-crop
tags: [agriculture, weather, fruit]
---

{{BODY}}
'''
