"""The constructions of Indonesian news prose that decide how a figure reads, one
module each (see docs/extraction.md for the order in which the reader applies them):

- `question_answer`: a question and the answer after it read as one sentence;
- `regional`: a branch's or a province's figure, and an article about a region;
- `achievement`: a target against an achievement (*mencapai Rp21 T dari target Rp23 T*);
- `change`: a change *dari X menjadi Y* and a comparison *Y dibandingkan X*: the baseline;
- `breakdown`: a total and its parts (*terdiri dari PU 24 juta, BPU 8 juta*);
- `reference`: a figure without words of its own reads as the one it refers to;
- `segment`: the segment of a figure, its noun phrase's or its passage's;
- `programme`: the programme of a figure, named before it, in a list handed out by
  *masing-masing*, in the passage before it;
- `pointer`: the programme "program itu" points back at;
- `heading`: a heading line over figures laid out line by line;
- `running_year`: the year a sentence without figures sets for the figures after it;
- `registered_total`: a total that an active count is part of is the registered total;
- `joined`: a count named by joining (*yang ikut*, *diikuti*) counts those who joined.
"""
