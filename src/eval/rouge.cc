#include "eval/rouge.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <xxhash.h>

namespace precis::eval {

double Round5(double x) { return std::strtod(Format5(x).c_str(), nullptr); }

std::string Format5(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%7.5f", x);
  return buf;
}

namespace {

inline bool IsPerlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Perl's split(/\s+/, $s): fields between runs of white space; a leading empty field when $s
// starts with white space; trailing empty fields dropped (so all-white-space gives none).
std::vector<std::string_view> PerlSplit(std::string_view s) {
  std::vector<std::string_view> fields;
  size_t i = 0;
  if (!s.empty() && IsPerlSpace(s[0])) {
    fields.emplace_back();
    while (i < s.size() && IsPerlSpace(s[i])) ++i;
  }
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && !IsPerlSpace(s[j])) ++j;
    fields.push_back(s.substr(i, j - i));
    while (j < s.size() && IsPerlSpace(s[j])) ++j;
    i = j;
  }
  // Trailing empty fields are dropped; the only possible one is the leading field when there is
  // nothing else.
  if (fields.size() == 1 && fields[0].empty()) fields.clear();
  return fields;
}

std::string JoinFields(const std::vector<std::string_view>& fields, size_t count) {
  std::string out;
  for (size_t i = 0; i < count && i < fields.size(); ++i) {
    if (i) out.push_back(' ');
    out.append(fields[i]);
  }
  return out;
}

// s/-/ - /g; s/[^A-Za-z0-9\-]/ /g; then split on white space (the trim and collapse follow).
// The tokens are views into `text`.
std::vector<std::string_view> CleanTokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  size_t start = 0, length = 0;
  auto flush = [&] {
    if (length != 0) tokens.push_back(text.substr(start, length));
    length = 0;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '-') {
      flush();
      tokens.push_back(text.substr(i, 1));
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      if (length == 0) start = i;
      ++length;
    } else {
      flush();
    }
  }
  flush();
  return tokens;
}

// readText: the units joined, cut at the word or byte limit. Returns false when the script's
// text would be undefined (nothing read under a limit).
bool ReadText(const SummaryUnits& units, const RougeOptions& o, std::string* out) {
  out->clear();
  if (o.length_limit == 0 && o.byte_limit == 0) {
    for (size_t i = 0; i < units.size(); ++i) {
      if (i) out->push_back(' ');
      *out += units[i];
    }
    return true;
  }
  long len = 0;
  for (const std::string& s : units) {
    if (o.length_limit != 0) {
      std::vector<std::string_view> fields = PerlSplit(s);
      long slen = static_cast<long>(fields.size());
      if (len + slen < o.length_limit) {
        if (len != 0) out->push_back(' ');
        *out += s;
        len += slen;
      } else {
        if (len > 0) out->push_back(' ');
        *out += JoinFields(fields, static_cast<size_t>(o.length_limit - len));
        break;
      }
    } else {
      long slen = static_cast<long>(s.size());
      if (len + slen < o.byte_limit) {
        if (len != 0) out->push_back(' ');
        *out += s;
        len += slen;
      } else {
        if (len > 0) out->push_back(' ');
        *out += s.substr(0, static_cast<size_t>(o.byte_limit - len));
        break;
      }
    }
  }
  return !out->empty();
}

// readText_LCS: the units, cut at the limit. The script's byte-limit branch never advances its
// running length, so each unit is compared with the whole limit; reproduced.
SummaryUnits ReadTextLcs(const SummaryUnits& units, const RougeOptions& o) {
  if (o.length_limit == 0 && o.byte_limit == 0) return units;
  SummaryUnits out;
  long len = 0;
  for (const std::string& s : units) {
    if (o.length_limit != 0) {
      std::vector<std::string_view> fields = PerlSplit(s);
      long slen = static_cast<long>(fields.size());
      if (len + slen < o.length_limit) {
        len += slen;
        out.push_back(s);
      } else {
        out.push_back(JoinFields(fields, static_cast<size_t>(o.length_limit - len)));
        break;
      }
    } else {
      if (static_cast<long>(s.size()) < o.byte_limit) {
        out.push_back(s);
      } else {
        out.push_back(s.substr(0, static_cast<size_t>(o.byte_limit)));
        break;
      }
    }
  }
  return out;
}

struct GramKey {
  uint64_t a = 0, b = 0;
  bool operator<(const GramKey& o) const { return a != o.a ? a < o.a : b < o.b; }
  bool operator==(const GramKey& o) const { return a == o.a && b == o.b; }
};

struct GramCounts {
  std::vector<std::pair<GramKey, int>> grams;  // sorted by key
  long total = 0;                              // the script's "_cn_"
};

void Finish(std::vector<GramKey>* keys, GramCounts* out) {
  out->total = static_cast<long>(keys->size());
  std::sort(keys->begin(), keys->end());
  out->grams.clear();
  size_t distinct = keys->empty() ? 0 : 1;
  for (size_t i = 1; i < keys->size(); ++i) distinct += !((*keys)[i] == (*keys)[i - 1]);
  out->grams.reserve(distinct);
  for (size_t i = 0; i < keys->size();) {
    size_t j = i;
    while (j < keys->size() && (*keys)[j] == (*keys)[i]) ++j;
    out->grams.emplace_back((*keys)[i], static_cast<int>(j - i));
    i = j;
  }
}

GramCounts NGrams(const std::vector<uint32_t>& t, int n) {
  std::vector<GramKey> keys;
  keys.reserve(t.size());
  for (long i = 0; i + n <= static_cast<long>(t.size()); ++i) {
    GramKey k;
    uint64_t parts[4] = {0, 0, 0, 0};
    for (int j = 0; j < n && j < 4; ++j) parts[j] = t[static_cast<size_t>(i + j)] + 1ull;
    k.a = (parts[0] << 32) | parts[1];
    k.b = (parts[2] << 32) | parts[3];
    keys.push_back(k);
  }
  GramCounts out;
  Finish(&keys, &out);
  return out;
}

GramCounts SkipBigrams(const std::vector<uint32_t>& t, long distance, bool unigrams) {
  std::vector<GramKey> keys;
  keys.reserve(t.size() * static_cast<size_t>(distance >= 0 ? distance + 2 : 8));
  const long last = static_cast<long>(t.size()) - 1;
  for (long i = 0; i < last; ++i) {
    if (unigrams) keys.push_back(GramKey{t[static_cast<size_t>(i)] + 1ull, 0});
    for (long j = i + 1; j <= last && (distance < 0 || j <= i + distance + 1); ++j) {
      keys.push_back(GramKey{t[static_cast<size_t>(i)] + 1ull, t[static_cast<size_t>(j)] + 1ull});
    }
  }
  GramCounts out;
  Finish(&keys, &out);
  return out;
}

long ClippedHits(const GramCounts& model, const GramCounts& peer) {
  long hit = 0;
  size_t i = 0, j = 0;
  while (i < model.grams.size() && j < peer.grams.size()) {
    if (model.grams[i].first < peer.grams[j].first) {
      ++i;
    } else if (peer.grams[j].first < model.grams[i].first) {
      ++j;
    } else {
      hit += std::min(model.grams[i].second, peer.grams[j].second);
      ++i;
      ++j;
    }
  }
  return hit;
}

// The script's gramScore: "%07.5f" of hit/count, or 0.
double GramScore(double hit, double count) { return count != 0 ? Round5(hit / count) : 0; }

EvalScore MakeScore(double count, double hit, double count_p, double alpha, int count_mode,
                    double (*inverse)(double, double) = nullptr, double weight = 1) {
  if (count_mode != 0) return EvalScore{count, count_p, hit};
  auto ratio = [&](double h, double c) {
    if (c == 0) return 0.0;
    double v = h / c;
    return Round5(inverse ? inverse(v, weight) : v);
  };
  EvalScore s;
  s.r = ratio(hit, count);
  s.p = ratio(hit, count_p);
  double denom = (1 - alpha) * s.p + alpha * s.r;
  s.f = denom > 0 ? Round5((s.p * s.r) / denom) : Round5(0);
  return s;
}

double WeightInverse(double r, double w) { return std::pow(r, 1 / w); }

// Marks the model positions of one LCS between model unit `m` and peer unit `p`, with the
// script's tie-breaking (diagonal on a match, else up when up >= left, else left).
template <typename Cell>
void MarkLcs(const std::vector<uint32_t>& m, const std::vector<uint32_t>& p, double weight,
             bool weighted, std::vector<uint8_t>* mask, std::vector<Cell>* c,
             std::vector<uint8_t>* b, std::vector<int>* run) {
  const size_t rows = m.size(), cols = p.size();
  if (rows == 0) return;
  const size_t w = cols + 1;
  c->assign((rows + 1) * w, Cell(0));
  b->assign((rows + 1) * w, 0);
  if (weighted) run->assign((rows + 1) * w, 0);
  for (size_t i = 1; i <= rows; ++i) {
    for (size_t j = 1; j <= cols; ++j) {
      size_t at = i * w + j;
      if (m[i - 1] == p[j - 1]) {
        if (weighted) {
          int k = (*run)[(i - 1) * w + j - 1];
          (*c)[at] = (*c)[(i - 1) * w + j - 1] +
                     static_cast<Cell>(std::pow(k + 1, weight) - std::pow(k, weight));
          (*run)[at] = k + 1;
        } else {
          (*c)[at] = (*c)[(i - 1) * w + j - 1] + 1;
        }
        (*b)[at] = 1;  // diagonal
      } else if ((*c)[(i - 1) * w + j] >= (*c)[i * w + j - 1]) {
        (*c)[at] = (*c)[(i - 1) * w + j];
        (*b)[at] = 2;  // up
      } else {
        (*c)[at] = (*c)[i * w + j - 1];
        (*b)[at] = 3;  // left
      }
    }
  }
  size_t i = rows, j = cols;
  while (i != 0 && j != 0) {
    uint8_t d = (*b)[i * w + j];
    if (d == 1) {
      --i;
      --j;
      (*mask)[i] = 1;
    } else if (d == 2) {
      --i;
    } else {
      --j;
    }
  }
}

}  // namespace

struct RougeScorer::Processed {
  std::vector<uint32_t> tokens;              // readText, tokenized and filtered
  std::vector<std::vector<uint32_t>> units;  // readText_LCS, tokenized and filtered per unit
  std::vector<GramCounts> ngrams;            // index n-1
  GramCounts skip;
  GramCounts skip_with_unigrams;
};

RougeScorer::RougeScorer(const RougeOptions& options, RougeStemmer* stemmer,
                         std::set<std::string> stopwords)
    : options_(options), stemmer_(stemmer), stopwords_(std::move(stopwords)) {
  for (int n = 1; n <= options_.max_ngram; ++n) {
    metrics_.push_back(
        RougeMetric{RougeMetric::Kind::kNgram, n, false, "ROUGE-" + std::to_string(n)});
  }
  if (options_.rouge_l)
    metrics_.push_back(RougeMetric{RougeMetric::Kind::kLcs, 0, false, "ROUGE-L"});
  if (!options_.wlcs_weight.empty()) {
    wlcs_weight_ = std::strtod(options_.wlcs_weight.c_str(), nullptr);
    metrics_.push_back(
        RougeMetric{RougeMetric::Kind::kWlcs, 0, false, "ROUGE-W-" + options_.wlcs_weight});
  }
  if (!options_.skip_distance.empty()) {
    skip_distance_ = std::strtol(options_.skip_distance.c_str(), nullptr, 10);
    std::string d = skip_distance_ >= 0 ? options_.skip_distance : "*";
    if (options_.skip_both) {
      metrics_.push_back(RougeMetric{RougeMetric::Kind::kSkip, 0, false, "ROUGE-S" + d});
      metrics_.push_back(RougeMetric{RougeMetric::Kind::kSkip, 0, true, "ROUGE-SU" + d});
    } else {
      metrics_.push_back(RougeMetric{RougeMetric::Kind::kSkip, 0, options_.skip_unigrams,
                                     (options_.skip_unigrams ? "ROUGE-SU" : "ROUGE-S") + d});
    }
  }
}

RougeScorer::~RougeScorer() = default;

RougeScorer::Processed RougeScorer::ProcessUncached(const SummaryUnits& units) {
  Processed p;
  auto filter = [&](const std::vector<std::string_view>& raw, std::vector<uint32_t>* out) {
    for (std::string_view tok : raw) {
      if (options_.remove_stopwords && stopwords_.count(std::string(tok))) continue;
      char c = tok[0];
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '$')) continue;
      out->push_back(TokenId(tok));
    }
  };
  std::string text;
  if (ReadText(units, options_, &text)) filter(CleanTokens(text), &p.tokens);
  for (const std::string& unit : ReadTextLcs(units, options_)) {
    p.units.emplace_back();
    filter(CleanTokens(unit), &p.units.back());
  }
  for (int n = 1; n <= std::max(1, options_.max_ngram); ++n)
    p.ngrams.push_back(NGrams(p.tokens, n));
  // Only the skip-bigram variants a metric asks for.
  for (const RougeMetric& m : metrics_) {
    if (m.kind != RougeMetric::Kind::kSkip) continue;
    (m.skip_unigrams ? p.skip_with_unigrams : p.skip) =
        SkipBigrams(p.tokens, skip_distance_, m.skip_unigrams);
  }
  return p;
}

uint32_t RougeScorer::TokenId(std::string_view token) {
  bool inserted = false;
  uint32_t& slot =
      token_slots_.FindOrInsert(XXH3_64bits(token.data(), token.size()) & token_hash_mask_,
                                static_cast<uint32_t>(token_texts_.size()), &inserted);
  if (!inserted) {
    if (token_texts_[slot] == token) return token_form_ids_[slot];
    // Two tokens with one 64-bit hash: looked up exactly instead.
    auto it = colliding_tokens_.find(std::string(token));
    if (it != colliding_tokens_.end()) return it->second;
    const uint32_t id = FormId(token);
    colliding_tokens_.emplace(std::string(token), id);
    return id;
  }
  const uint32_t id = FormId(token);
  token_texts_.emplace_back(token);
  token_form_ids_.push_back(id);
  return id;
}

uint32_t RougeScorer::FormId(std::string_view token) {
  std::string word(token);
  const std::string& form = (options_.stem && word.size() > 3) ? stemmer_->Stem(word) : word;
  auto it = vocabulary_.find(form);
  if (it == vocabulary_.end()) {
    it = vocabulary_.emplace(form, static_cast<uint32_t>(vocabulary_.size())).first;
  }
  return it->second;
}

const RougeScorer::Processed& RougeScorer::Process(const SummaryUnits& units,
                                                   const std::string& key,
                                                   std::unique_ptr<Processed>* uncached) {
  if (key.empty()) {
    *uncached = std::make_unique<Processed>(ProcessUncached(units));
    return **uncached;
  }
  auto it = cache_.find(key);
  if (it != cache_.end()) return *it->second;
  return *cache_.emplace(key, std::make_unique<Processed>(ProcessUncached(units))).first->second;
}

std::vector<EvalScore> RougeScorer::Score(const SummaryUnits& peer_units,
                                          const std::vector<const SummaryUnits*>& model_units,
                                          const std::string& peer_key,
                                          const std::vector<std::string>& model_keys) {
  std::unique_ptr<Processed> peer_uncached;
  const Processed& peer = Process(peer_units, peer_key, &peer_uncached);
  std::vector<const Processed*> models;
  std::vector<std::unique_ptr<Processed>> models_uncached(model_units.size());
  for (size_t i = 0; i < model_units.size(); ++i) {
    const std::string key = i < model_keys.size() ? model_keys[i] : "";
    models.push_back(&Process(*model_units[i], key, &models_uncached[i]));
  }
  const bool mode_b = options_.score_mode == 'B';
  std::vector<EvalScore> scores;
  std::vector<uint8_t> mask, b;
  std::vector<int> lcs_cells;
  std::vector<double> wlcs_cells;
  std::vector<int> run;
  for (const RougeMetric& metric : metrics_) {
    double total_hit = 0, total_count = 0, total_count_p = 0, best = -1;
    auto accumulate = [&](double hit, double count, double count_p, double score) {
      if (mode_b) {
        if (score > best) {
          best = score;
          total_hit = hit;
          total_count = count;
          total_count_p = count_p;
        }
      } else {
        total_hit += hit;
        total_count += count;
        total_count_p += count_p;
      }
    };
    switch (metric.kind) {
      case RougeMetric::Kind::kNgram:
      case RougeMetric::Kind::kSkip: {
        for (const Processed* m : models) {
          const GramCounts& mg = metric.kind == RougeMetric::Kind::kNgram
                                     ? m->ngrams[static_cast<size_t>(metric.n - 1)]
                                     : (metric.skip_unigrams ? m->skip_with_unigrams : m->skip);
          const GramCounts& pg = metric.kind == RougeMetric::Kind::kNgram
                                     ? peer.ngrams[static_cast<size_t>(metric.n - 1)]
                                     : (metric.skip_unigrams ? peer.skip_with_unigrams : peer.skip);
          double hit = static_cast<double>(ClippedHits(mg, pg));
          accumulate(hit, static_cast<double>(mg.total), static_cast<double>(pg.total),
                     GramScore(hit, static_cast<double>(mg.total)));
        }
        scores.push_back(
            MakeScore(total_count, total_hit, total_count_p, options_.alpha, options_.count_mode));
        break;
      }
      case RougeMetric::Kind::kLcs:
      case RougeMetric::Kind::kWlcs: {
        const bool weighted = metric.kind == RougeMetric::Kind::kWlcs;
        const double w = wlcs_weight_;
        const double peer_count = static_cast<double>(peer.tokens.size());
        // Unigram counts by form id, left to be consumed by LCS hits; zeroed again after each
        // model.
        peer_left_.resize(vocabulary_.size(), 0);
        model_left_.resize(vocabulary_.size(), 0);
        for (const Processed* m : models) {
          for (uint32_t t : peer.tokens) ++peer_left_[t];
          for (uint32_t t : m->tokens) ++model_left_[t];
          double hit = 0, base = 0;
          for (const std::vector<uint32_t>& unit : m->units) {
            mask.assign(unit.size(), 0);
            base += weighted ? std::pow(static_cast<double>(unit.size()), w)
                             : static_cast<double>(unit.size());
            for (const std::vector<uint32_t>& pu : peer.units) {
              if (weighted)
                MarkLcs(unit, pu, w, true, &mask, &wlcs_cells, &b, &run);
              else
                MarkLcs(unit, pu, w, false, &mask, &lcs_cells, &b, &run);
            }
            int hit_len = 0;
            for (size_t j = 0; j < unit.size(); ++j) {
              if (!mask[j]) continue;
              int& model_count = model_left_[unit[j]];
              int& peer_count_left = peer_left_[unit[j]];
              if (model_count <= 0 || peer_count_left <= 0) continue;
              if (weighted) {
                ++hit_len;
                if ((j + 1 < unit.size() && mask[j + 1] == 0) || j + 1 == unit.size()) {
                  hit += std::pow(hit_len, w);
                  hit_len = 0;
                }
              } else {
                hit += 1;
              }
              --model_count;
              --peer_count_left;
            }
          }
          for (uint32_t t : peer.tokens) peer_left_[t] = 0;
          for (uint32_t t : m->tokens) model_left_[t] = 0;
          if (weighted) {
            double score = base > 0 ? WeightInverse(hit / base, w) : 0;
            accumulate(hit, std::pow(base, w), std::pow(peer_count, w), score);
          } else {
            accumulate(hit, base, peer_count, base > 0 ? hit / base : 0);
          }
        }
        scores.push_back(weighted ? MakeScore(total_count, total_hit, total_count_p, options_.alpha,
                                              options_.count_mode, &WeightInverse, w)
                                  : MakeScore(total_count, total_hit, total_count_p, options_.alpha,
                                              options_.count_mode));
        break;
      }
    }
  }
  return scores;
}

RougeAverage RougeScorer::Average(
    const std::vector<std::pair<std::string, EvalScore>>& unsorted) const {
  std::vector<std::pair<std::string, EvalScore>> instances(unsorted);
  std::sort(instances.begin(), instances.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  RougeAverage avg;
  const size_t n = instances.size();
  avg.instances = n;
  double sr = 0, sp = 0, sf = 0;
  for (const auto& [id, s] : instances) {
    sr += s.r;
    sp += s.p;
    sf += s.f;
  }
  avg.count_m = sr;
  avg.count_p = sp;
  avg.count_h = sf;
  const double alpha = options_.alpha;
  auto corpus_rpf = [alpha](double m, double p, double h, double* r, double* pr, double* f) {
    *r = m > 0 ? h / m : 0;
    *pr = p > 0 ? h / p : 0;
    double d = (1 - alpha) * *pr + alpha * *r;
    *f = d > 0 ? (*r * *pr) / d : 0;
  };
  if (options_.count_mode == 0) {
    avg.mean_r = n ? Round5(sr / n) : 0;
    avg.mean_p = n ? Round5(sp / n) : 0;
    avg.mean_f = n ? Round5(sf / n) : 0;
  } else {
    corpus_rpf(sr, sp, sf, &avg.mean_r, &avg.mean_p, &avg.mean_f);
    avg.mean_r = Round5(avg.mean_r);
    avg.mean_p = Round5(avg.mean_p);
    avg.mean_f = Round5(avg.mean_f);
  }
  if (options_.count_mode == 2) return avg;

  const int samples = options_.resamples;
  std::vector<double> rs, ps, fs;
  rs.reserve(static_cast<size_t>(samples));
  ps.reserve(static_cast<size_t>(samples));
  fs.reserve(static_cast<size_t>(samples));
  for (int i = 0; i < samples; ++i) {
    PerlRandom random(static_cast<uint32_t>(i));
    double a = 0, b = 0, c = 0;
    for (size_t k = 0; k < n; ++k) {
      size_t ridx = static_cast<size_t>(random.Next() * static_cast<double>(n));
      a += instances[ridx].second.r;
      b += instances[ridx].second.p;
      c += instances[ridx].second.f;
    }
    if (options_.count_mode == 0) {
      if (n > 0) {
        a /= static_cast<double>(n);
        b /= static_cast<double>(n);
        c /= static_cast<double>(n);
      }
    } else {
      double r, p, f;
      corpus_rpf(a, b, c, &r, &p, &f);
      a = r;
      b = p;
      c = f;
    }
    rs.push_back(a);
    ps.push_back(b);
    fs.push_back(c);
  }
  const double conf = std::strtod(options_.confidence.c_str(), nullptr);
  const double delta = samples * ((100 - conf) / 2.0) / 100.0;
  const long ci_ua = static_cast<long>(samples - delta - 1);
  const long ci_ub = ci_ua + 1;
  const long ci_la = static_cast<long>(delta);
  const long ci_lb = ci_la + 1;
  const double ci_r = samples - delta - 1 - static_cast<double>(ci_ua);
  auto summarize = [&](std::vector<double>& v, double* mean, double* low, double* high) {
    std::sort(v.begin(), v.end());
    double total = 0;
    for (double x : v) total += x;
    *mean = v.empty() ? 0 : Round5(total / static_cast<double>(v.size()));
    auto at = [&](long i) {
      return i >= 0 && i < static_cast<long>(v.size()) ? v[static_cast<size_t>(i)] : 0.0;
    };
    *low = Round5(at(ci_la) + (at(ci_lb) - at(ci_la)) * ci_r);
    *high = Round5(at(ci_ua) + (at(ci_ub) - at(ci_ua)) * ci_r);
  };
  summarize(rs, &avg.avg_r, &avg.low_r, &avg.high_r);
  summarize(ps, &avg.avg_p, &avg.low_p, &avg.high_p);
  summarize(fs, &avg.avg_f, &avg.low_f, &avg.high_f);
  return avg;
}

}  // namespace precis::eval
