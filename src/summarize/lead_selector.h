// LeadSelector: the lead baseline. News puts the event first, so take the first sentences of
// the articles in turn (first of each, then second of each, ...), skipping repeats.
#ifndef PRECIS_SUMMARIZE_LEAD_SELECTOR_H_
#define PRECIS_SUMMARIZE_LEAD_SELECTOR_H_

#include "summarize/selector.h"

namespace precis::summarize {

class LeadSelector : public SentenceSelector {
 public:
  std::string_view name() const override { return "lead"; }
  void Select(const ClusterAnalysis& cluster, const WordLimit& limit,
              Selection* out) const override;
};

}  // namespace precis::summarize

#endif  // PRECIS_SUMMARIZE_LEAD_SELECTOR_H_
