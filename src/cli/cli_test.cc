// End-to-end tests of the precis binary: exit codes and messages for good and bad input.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli/output.h"
#include "extract/test_http_server.h"

namespace {

struct Result {
  int code = -1;
  std::string out;  // stdout and stderr together
};

Result RunPrecis(const std::string& args) {
  std::string cmd = std::string(PRECIS_BINARY) + " " + args + " 2>&1";
  Result r;
  FILE* p = popen(cmd.c_str(), "r");
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string TempFile(const std::string& name, const std::string& content) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "precis_cli_test";
  std::filesystem::create_directories(dir);
  std::string path = (dir / name).string();
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

const std::string kExample = std::string(PRECIS_SOURCE_DIR) + "/examples/sanctuary-ruling-2017";

TEST(CliTest, DemoPrintsCitedSummary) {
  Result r = RunPrecis("summarize " + kExample + " --words 200");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("[1]"), std::string::npos);
  EXPECT_NE(r.out.find("Sources:"), std::string::npos);
}

TEST(CliTest, JsonHasOffsetsAndDocuments) {
  Result r = RunPrecis("summarize " + kExample + " --words 200 --format json --quiet");
  ASSERT_EQ(r.code, 0) << r.out;
  nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_TRUE(j["sentences"].is_array());
  EXPECT_TRUE(j["sentences"][0].contains("offsets"));
  EXPECT_TRUE(j["sentences"][0].contains("score"));
  EXPECT_EQ(j["documents"].size(), 5u);
}

TEST(CliTest, UnusableInputsFailWithTheirName) {
  Result empty = RunPrecis("summarize " + TempFile("empty.txt", ""));
  EXPECT_EQ(empty.code, 1);
  EXPECT_NE(empty.out.find("empty.txt: empty"), std::string::npos) << empty.out;
  Result binary =
      RunPrecis("summarize " + TempFile("binary.txt", std::string("PK\x03\x04\0\0abc", 9)));
  EXPECT_EQ(binary.code, 1);
  EXPECT_NE(binary.out.find("binary"), std::string::npos) << binary.out;
  Result missing = RunPrecis("summarize /nonexistent/file.txt");
  EXPECT_EQ(missing.code, 1);
  EXPECT_NE(missing.out.find("/nonexistent/file.txt"), std::string::npos);
  Result usage = RunPrecis("summarize " + kExample + " --words 10 --sentences 2");
  EXPECT_EQ(usage.code, 2);
  Result language = RunPrecis("summarize " + kExample + " --language english");
  EXPECT_EQ(language.code, 2);
  EXPECT_NE(language.out.find("english not in"), std::string::npos) << language.out;
}

// Among several inputs, one that cannot be used is named and skipped: the others are summarized
// and the exit code (3) says something failed.
TEST(CliTest, AnUnusableFileAmongSeveralIsSkippedAndNamed) {
  const std::string empty = TempFile("skipped_empty.txt", "");
  Result r = RunPrecis("summarize " + kExample + " " + empty + " --words 60");
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_NE(r.out.find("skipped_empty.txt: empty"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Sources:"), std::string::npos) << r.out;
  Result none = RunPrecis("summarize " + empty + " /nonexistent/file.txt");
  EXPECT_EQ(none.code, 1) << none.out;
  EXPECT_NE(none.out.find("none of the 2 input(s)"), std::string::npos) << none.out;
  Result no_stdin = RunPrecis("summarize " + empty + " - < " + empty);
  EXPECT_EQ(no_stdin.code, 1) << no_stdin.out;
  EXPECT_NE(no_stdin.out.find("standard input: empty"), std::string::npos) << no_stdin.out;
  EXPECT_NE(no_stdin.out.find("none of the 2 input(s)"), std::string::npos) << no_stdin.out;
}

// When nothing is left to summarize, the message says why, per document.
TEST(CliTest, NoArticleLeftSaysWhy) {
  const std::string tiny = TempFile("tiny.txt", "Menu\n|||||\nSign in\n");
  Result r = RunPrecis("summarize - < " + tiny);
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("document 1: dropped as not an article: too little article text"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("document 2: dropped"), std::string::npos) << r.out;
}

TEST(CliTest, StdinArticlesSeparatedByBars) {
  std::string input = TempFile(
      "stdin.txt",
      "A federal judge blocked the grant conditions on Friday. The city had sued in August.\n"
      "|||||\n"
      "The judge ruled Friday that the grant conditions could not be imposed on the city.\n");
  Result r = RunPrecis("summarize - --quiet < " + input);
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("[2]"), std::string::npos) << r.out;
}

TEST(CliTest, BatchKeepsGoingPastBadRecords) {
  std::string in = TempFile(
      "batch.jsonl",
      "{\"id\": \"a\", \"documents\": [\"The mayor resigned on Monday after a long scandal over "
      "city contracts. Officials said an interim mayor would be named.\", {\"text\": \"The mayor "
      "quit on Monday, ending weeks of pressure over contracts.\", \"source\": \"Daily\"}]}\n"
      "{not json}\n"
      "{\"id\": \"c\", \"documents\": []}\n"
      "{\"id\": 7, \"documents\": [\"Heavy rain flooded the valley overnight and roads were closed "
      "by the police.\"]}\n");
  std::string out = TempFile("batch.out.jsonl", "");
  Result r = RunPrecis("summarize --batch " + in + " --out " + out + " --words 50");
  EXPECT_EQ(r.code, 3) << r.out;
  EXPECT_NE(r.out.find("batch.jsonl:2"), std::string::npos) << r.out;
  std::ifstream f(out);
  std::string line;
  std::vector<nlohmann::json> lines;
  while (std::getline(f, line)) lines.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0]["id"], "a");
  EXPECT_FALSE(lines[0]["summary"].get<std::string>().empty());
  EXPECT_TRUE(lines[1].contains("error"));
  EXPECT_TRUE(lines[2].contains("error"));
  EXPECT_EQ(lines[3]["id"], "7");
  EXPECT_FALSE(lines[3].contains("error"));

  // A repeated id is summarized again under that id, and named, so that a reader joining on ids
  // knows to expect it.
  std::string repeated = TempFile(
      "repeated.jsonl",
      "{\"id\": \"x\", \"documents\": [\"The mayor resigned on Monday after a scandal.\"]}\n"
      "{\"id\": \"x\", \"documents\": [\"Heavy rain flooded the valley overnight and roads were "
      "closed by the police.\"]}\n");
  r = RunPrecis("summarize --batch " + repeated + " --out " + out);
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("repeated.jsonl:2: id x repeats line 1's"), std::string::npos) << r.out;
  std::ifstream g(out);
  size_t records = 0;
  while (std::getline(g, line)) records += nlohmann::json::parse(line)["id"] == "x";
  EXPECT_EQ(records, 2u);

  // A batch with no records at all is unusable input, not a success.
  std::string empty = TempFile("empty.jsonl", "\n  \n");
  r = RunPrecis("summarize --batch " + empty + " --out " + out);
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("no records (empty input)"), std::string::npos) << r.out;
}

TEST(CliTest, JsonStringsAreWrittenAsTheJsonLibraryWritesThem) {
  const std::vector<std::string> cases = {
      "",
      "plain text",
      "a \"quote\" and a back\\slash",
      std::string("\b\f\n\r\t\x01\x1f\x7f"
                  " end\0nul",
                  16),
      "\xC3\xBC"
      "n\xC3\xAF"
      "c\xC3\xB6"
      "d\xC3\xA9 \xE2\x80\x94 \xE2\x80\x9C"
      "quoted\xE2\x80\x9D"
      " \xF0\x9F\x98\x80",
      "invalid \xFF\xFE bytes",
      "cut short \xE2\x80",
  };
  for (const std::string& text : cases) {
    std::string written;
    precis::cli::AppendJsonString(text, &written);
    EXPECT_EQ(written,
              nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
        << text;
  }
}

TEST(CliTest, BatchOutputIsTheSameWithOneOrTwoThreads) {
  std::string in = TempFile("det.jsonl", "");
  {
    std::ofstream f(in);
    for (int i = 0; i < 40; ++i) {
      f << "{\"id\": \"" << i << "\", \"documents\": [\"Storm " << i
        << " hit the coast on Monday and cut power to thousands of homes. Crews worked "
           "overnight.\", "
           "\"Thousands lost power when storm "
        << i << " reached the coast. Repairs may take days, the utility said.\"]}\n";
    }
  }
  std::string a = TempFile("det1.jsonl", ""), b = TempFile("det2.jsonl", "");
  ASSERT_EQ(RunPrecis("summarize --batch " + in + " --out " + a + " -j 1 -q").code, 0);
  ASSERT_EQ(RunPrecis("summarize --batch " + in + " --out " + b + " -j 2 -q").code, 0);
  std::ifstream fa(a), fb(b);
  std::stringstream sa, sb;
  sa << fa.rdbuf();
  sb << fb.rdbuf();
  EXPECT_EQ(sa.str(), sb.str());
  EXPECT_FALSE(sa.str().empty());
}

TEST(CliTest, CheckReadsTextAndJsonSummaries) {
  Result text = RunPrecis("summarize " + kExample + " --words 120 -q");
  ASSERT_EQ(text.code, 0) << text.out;
  Result checked = RunPrecis("check --summary " + TempFile("summary.txt", text.out) + " " +
                             kExample + " --json");
  ASSERT_EQ(checked.code, 0) << checked.out;
  nlohmann::json j = nlohmann::json::parse(checked.out);
  EXPECT_EQ(j["found_share"], 1.0);  // an extract is found in its sources
  EXPECT_GT(j["citations"].get<int>(), 0);
  EXPECT_GE(j["distinct_sources"].get<int>(), 2);

  Result json = RunPrecis("summarize " + kExample + " --words 120 -q --format json");
  Result again = RunPrecis("check --summary " + TempFile("summary.json", json.out) + " " +
                           kExample + " --json");
  ASSERT_EQ(again.code, 0) << again.out;
  EXPECT_EQ(nlohmann::json::parse(again.out)["citations"], j["citations"]);

  // A made-up sentence with a wrong number and a citation of a missing source.
  Result made_up =
      RunPrecis("check -d --summary " +
                TempFile("made_up.txt", "The judge fined the city $9 million on Friday. [1][9]\n") +
                " " + kExample);
  EXPECT_EQ(made_up.code, 0) << made_up.out;
  EXPECT_NE(made_up.out.find("NOT FOUND"), std::string::npos) << made_up.out;
  EXPECT_NE(made_up.out.find("money not in the sources: $9 million"), std::string::npos);
  EXPECT_NE(made_up.out.find("citations of unknown documents: 1"), std::string::npos);

  Result empty =
      RunPrecis("check --summary " + TempFile("empty_summary.txt", "\n") + " " + kExample);
  EXPECT_EQ(empty.code, 1);
  EXPECT_NE(empty.out.find("empty_summary.txt"), std::string::npos) << empty.out;
}

TEST(CliTest, CheckBatchPairsSummariesWithClustersById) {
  std::string clusters = TempFile(
      "check_clusters.jsonl",
      "{\"id\": \"a\", \"documents\": [\"The mayor resigned on Monday after a long scandal over "
      "city contracts.\", \"The mayor quit on Monday over contracts.\"]}\n"
      "{\"id\": \"b\", \"documents\": [\"Heavy rain flooded the valley overnight.\"]}\n");
  std::string summaries = TempFile(
      "check_summaries.jsonl",
      "{\"id\": \"a\", \"sentences\": [{\"text\": \"The mayor resigned on Monday after a long "
      "scandal over city contracts.\", \"sources\": [0, 1]}]}\n"
      "{\"id\": \"z\", \"summary\": \"Unmatched.\"}\n");
  Result r = RunPrecis("check --batch " + clusters + " --summaries " + summaries + " --json");
  EXPECT_EQ(r.code, 3) << r.out;  // b has no summary, z has no cluster
  size_t brace = r.out.find('{');
  ASSERT_NE(brace, std::string::npos) << r.out;
  nlohmann::json j = nlohmann::json::parse(r.out.substr(brace));
  EXPECT_EQ(j["summaries"], 1);
  EXPECT_EQ(j["verbatim_share"], 1.0);
  EXPECT_EQ(j["citations"], 2);
}

TEST(CliTest, HelpListsEverySubcommand) {
  Result r = RunPrecis("--help");
  EXPECT_EQ(r.code, 0);
  for (const char* sub : {"summarize", "clean", "rouge", "eval", "train", "check"}) {
    EXPECT_NE(r.out.find(sub), std::string::npos) << sub;
  }
  EXPECT_NE(r.out.find("Exit codes"), std::string::npos);
}

}  // namespace

namespace {

std::vector<std::string> StoryIds(const std::string& jsonl, size_t* stories) {
  std::vector<std::string> ids;
  std::istringstream in(jsonl);
  std::string line;
  *stories = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] != '{') continue;
    nlohmann::json j = nlohmann::json::parse(line);
    ++*stories;
    for (const auto& id : j["articles"]) ids.push_back(id.get<std::string>());
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

TEST(CliTest, ClusterKeepsEveryRecordOnce) {
  std::string jsonl;
  for (const auto& e : std::filesystem::directory_iterator(kExample)) {
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    jsonl += nlohmann::json{{"id", e.path().filename().string()}, {"text", ss.str()}}.dump() + "\n";
  }
  jsonl += "{\"id\": \"dup\", \"text\": \"\", \"date\": \"2017-04-25\"}\n";
  jsonl += "{\"id\": \"dup\", \"text\": \"Tweet with a location\", \"date\": \"1970-01-01\"}\n";
  jsonl += "{\"text\": \"no id here\", \"date\": \"2099-01-01\"}\n";
  jsonl +=
      "{\"id\": \"page\", \"html\": \"<html><body><nav>Home</nav></body></html>\", "
      "\"date\": \"2099-01-01\"}\n";
  jsonl += "{not json\n";
  const std::string in = TempFile("articles.jsonl", jsonl);
  // Both modes read, warn and account for every record the same way.
  for (const std::string mode : {"incremental", "batch"}) {
    SCOPED_TRACE(mode);
    const std::string out = TempFile("stories.jsonl", "");
    Result r = RunPrecis("cluster " + in + " --out " + out + " --mode " + mode);
    EXPECT_EQ(r.code, 3) << r.out;  // two records could not be read
    EXPECT_NE(r.out.find("malformed JSON"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("seen before"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("before 1990"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("id line-8: date 2099-01-01 is over a year after the latest one"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("id dup#2: not an article"), std::string::npos) << r.out;
    std::ifstream f(out);
    std::stringstream ss;
    ss << f.rdbuf();
    size_t stories = 0;
    std::vector<std::string> ids = StoryIds(ss.str(), &stories);
    std::vector<std::string> expected = {"000_8b3c2b472770601b.txt",
                                         "001_3ef050e93bb4cc93.txt",
                                         "002_85e1da0345740d6a.txt",
                                         "003_82943978120edb53.txt",
                                         "004_3e4440b893f94637.txt",
                                         "dup",
                                         "dup#2",
                                         "line-10",
                                         "line-8",
                                         "page"};
    EXPECT_EQ(ids, expected);
    // The five reports are one story; each unusable record is a story of its own.
    EXPECT_EQ(stories, 6u);
    EXPECT_NE(ss.str().find("\"non_article\":true"), std::string::npos);
  }
}

TEST(CliTest, ClusterStateContinuesStories) {
  std::vector<std::string> lines;
  for (const auto& e : std::filesystem::directory_iterator(kExample)) {
    std::ifstream in(e.path());
    std::stringstream ss;
    ss << in.rdbuf();
    lines.push_back(
        nlohmann::json{{"id", e.path().filename().string()}, {"text", ss.str()}}.dump() + "\n");
  }
  std::sort(lines.begin(), lines.end());
  const std::string state = TempFile("stories.state", "");
  std::filesystem::remove(state);
  const std::string first = TempFile("first.jsonl", lines[0] + lines[1] + lines[2]);
  const std::string second = TempFile("second.jsonl", lines[3] + lines[4]);
  Result a = RunPrecis("cluster " + first + " --state " + state + " -q");
  ASSERT_EQ(a.code, 0) << a.out;
  Result b = RunPrecis("cluster " + second + " --state " + state + " -q --summarize --words 60");
  ASSERT_EQ(b.code, 0) << b.out;
  size_t stories = 0;
  EXPECT_EQ(StoryIds(b.out, &stories).size(), 5u);
  EXPECT_EQ(stories, 1u) << b.out;
  EXPECT_NE(b.out.find("\"summary\""), std::string::npos);
  // A file that is not an index is refused, naming it.
  const std::string junk = TempFile("junk.state", "not an index");
  Result c = RunPrecis("cluster " + second + " --state " + junk);
  EXPECT_EQ(c.code, 1);
  EXPECT_NE(c.out.find("junk.state"), std::string::npos) << c.out;
}

namespace {

// Two saved pages from the article-extraction benchmark that report one event (a bubonic plague
// case in China), as gzip-compressed HTML.
const std::string kAebHtml = std::string(PRECIS_SOURCE_DIR) + "/../shared/data/aeb/html/";
const std::string kNyPost =
    kAebHtml + "432362af0be43f6da757ea778bd7f2f000094a565bdebac5af7442987a5372f3.html.gz";
const std::string kTheSun =
    kAebHtml + "8b194530308204139d9c8f7d495a26b117c78756ac1802cfc3c0a8bfdf2c0d50.html.gz";

}  // namespace

TEST(CliTest, ExtractPrintsArticleAndMetadata) {
  Result r = RunPrecis("extract --json " + kNyPost);
  ASSERT_EQ(r.code, 0) << r.out;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["site"], "New York Post");
  EXPECT_EQ(j["title"], "Chinese hunter catches bubonic plague after eating wild rabbit");
  EXPECT_EQ(j["published"].get<std::string>().substr(0, 10), "2019-11-18");
  EXPECT_NE(j["text"].get<std::string>().find("bubonic plague"), std::string::npos);
  for (const char* key : {"authors", "modified", "lang", "url", "canonical"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  const std::string empty = TempFile("empty.html", "<html><body><nav>Menu</nav></body></html>");
  r = RunPrecis("extract " + empty);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("empty.html: no article text"), std::string::npos) << r.out;
}

TEST(CliTest, SummarizeSavedPagesCitesOutletTitleAndDate) {
  Result r = RunPrecis("summarize " + kNyPost + " " + kTheSun + " --words 100");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("[1] New York Post: Chinese hunter catches bubonic plague"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("[2] The Sun: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("(2019-11-18"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[1][2]"), std::string::npos) << r.out;  // a fact both report
}

TEST(CliTest, FetchFeedToArticlesAndSummarizeUrls) {
  precis::extract::TestHttpServer server;
  const std::string out = TempFile("fetched.jsonl", "");
  Result r = RunPrecis("fetch " + server.Url("/feed.xml") + " --out " + out);
  EXPECT_EQ(r.code, 3) << r.out;  // one entry has neither a page nor text of its own
  EXPECT_NE(r.out.find("gone-3"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("used the feed's own text"), std::string::npos) << r.out;
  std::ifstream f(out);
  std::vector<nlohmann::json> lines;
  for (std::string line; std::getline(f, line);) lines.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["id"], "bridge-1");
  EXPECT_EQ(lines[0]["source"], "River Times");
  EXPECT_EQ(lines[0]["date"], "2021-05-04T09:00:00Z");
  EXPECT_EQ(lines[0]["url"], server.Url("/page.html"));
  EXPECT_NE(lines[0]["text"].get<std::string>().find("old bridge"), std::string::npos);
  EXPECT_NE(lines[1]["text"].get<std::string>().find("new library"), std::string::npos);

  // The fetched articles cluster; URLs summarize.
  r = RunPrecis("cluster " + out + " -q");
  EXPECT_EQ(r.code, 0) << r.out;
  r = RunPrecis("summarize " + server.Url("/moved") + " --words 60");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("River Times: Bridge reopens (2021-05-04"), std::string::npos) << r.out;
  r = RunPrecis("extract " + server.Url("/loop"));
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("redirect"), std::string::npos) << r.out;
}
