PATH = "heldout/text_newspaper_airline_refunds.txt"
KIND = "text"
# headline repeated as the photo's alt text, dek, caption, bare author line, audio player "0:00"
META = {
    "title": "Regulator fines Skyvale Airways $2.3 million over slow refunds",
    "outlet": "The Granite Observer",
    "author": "Colin Ashgrove",
    "published": "2024-11-05",
    "published_at": "2024-11-05 17:20",
    "url": None,
}
OPTS = {"sep": "\n\n"}
BODY = r'''
P: The carrier took an average of 94 days to return money for cancelled flights, far beyond the seven days required, investigators found.
X+: Regulator fines Skyvale Airways $2.3 million over slow refunds
C+: A Skyvale Airways jet taxis at Granite Falls Regional Airport on Sept. 12, 2024. (Dana Roe/The Granite Observer)
X+: Colin Ashgrove
Updated: 2024-11-05 17:20
0:00
P: The Department of Transportation on Tuesday fined regional carrier Skyvale Airways $2.3 million for failing to refund passengers promptly after flights were cancelled, the largest penalty the agency has issued to a regional airline over refunds.
P: Investigators found that Skyvale took an average of 94 days to return money to customers who paid by credit card for flights it cancelled between March 2022 and June 2023. Federal rules require airlines to issue such refunds within seven business days.
P: In hundreds of cases, according to the consent order, passengers were offered travel vouchers instead of cash and were told, incorrectly, that vouchers were the only option available.
P: “A refund is not a favor an airline does for its customers. It is the law,” the department said in a statement announcing the penalty.
P: Skyvale, which operates about 180 daily flights from hubs in Granite Falls and Marston, said it had “cooperated fully” with the investigation and had overhauled its refund process in 2023, hiring 40 additional customer service staff and automating most refund requests.
X: Advertisement
P: Under the settlement, the airline will pay $1.1 million to the Treasury. The remaining $1.2 million is credited for compensation Skyvale has already paid to affected passengers, including refunds with interest.
P: Consumer groups welcomed the penalty but said it was small compared with the money passengers had been forced to wait for. “Ninety-four days is three months of someone’s money sitting in an airline’s bank account,” said Maya Lindgren of the Fair Skies Project.
P: The department has stepped up enforcement of refund rules since 2022, when complaints about refunds made up more than a third of all airline complaints it received.
P: Skyvale shares were little changed in afternoon trading.
'''
TEMPLATE = r'''
THE GRANITE OBSERVER
Subscribe
Sign In
Menu
Business
Regulator fines Skyvale Airways $2.3 million over slow refunds

{{BODY}}

Share this article
Copy Link
Facebook
X
Email

You May Also Like

Granite Falls airport to add two new gates by 2026
Holiday travel: What to know about your rights when a flight is cancelled
Skyvale pilots approve new contract after two-year negotiation

Copyright © 2024 The Granite Observer. All rights reserved.
Privacy Policy | Terms of Use | Do Not Sell My Personal Information
'''
