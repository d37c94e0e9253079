// The API of `searchc serve` over HTTP, against a server on a loopback port: it answers what
// the command line prints, refuses bad requests with 400 and words, keeps its limits, and
// nothing a request sends stops it.
#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "server/assets.hpp"
#include "server/server.hpp"
#include "test_support.hpp"

namespace searchc::server {
namespace {

using nlohmann::json;

// A server on a free loopback port, serving in a thread of its own for one test.
class Running {
 public:
  explicit Running(Limits limits = {}, ApiContext context = {}) : server_(std::move(context), limits) {
    port_ = server_.bind("127.0.0.1", 0);
    thread_ = std::thread([this] { server_.run(); });
    server_.wait_until_running();
  }
  ~Running() {
    server_.stop();
    thread_.join();
  }
  Running(const Running&) = delete;
  Running& operator=(const Running&) = delete;

  int port() const { return port_; }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(60);
    return c;
  }
  httplib::Result post(const std::string& path, const std::string& body,
                       const std::string& type = "application/json") const {
    return client().Post(path.c_str(), body, type.c_str());
  }

 private:
  Server server_;
  int port_ = 0;
  std::thread thread_;
};

std::string request(const std::string& source, json fields = json::object()) {
  fields["source"] = source;
  return fields.dump();
}

std::string example() {
  return test::read_file(test::source_dir() / "examples/ms-stem-cell.search");
}

TEST(Server, AnswersCompileAsTheCommandLinePrintsIt) {
  const Running server;
  const auto reply = server.post("/api/compile", request(example(), {{"to", "central"}}));
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(reply->get_header_value("Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(reply->body, test::read_file(test::source_dir() / "tests/golden/central/ms-stem-cell.json"));
}

TEST(Server, AnswersCheckAsTheCommandLinePrintsIt) {
  const Running server;
  const auto reply = server.post("/api/check", request(example()));
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(reply->body, test::read_file(test::source_dir() / "tests/golden/cli/check-ms-stem-cell.json"));
}

TEST(Server, AnswersTheAppendixAsTheCommandLineWritesIt) {
  const Running server;
  const auto reply = server.post("/api/appendix", request(example(), {{"name", "examples/ms-stem-cell.search"}}));
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(reply->get_header_value("Content-Type"), "text/markdown; charset=utf-8");
  EXPECT_EQ(reply->body, test::read_file(test::source_dir() / "tests/golden/appendix/ms-stem-cell.md"));
  for (const auto* format : {"html", "json"}) {
    const auto other = server.post("/api/appendix", request(example(), {{"format", format}}));
    ASSERT_TRUE(other);
    EXPECT_EQ(other->status, 200) << format;
    EXPECT_NE(other->body.find("Autologous stem cell transplantation"), std::string::npos) << format;
  }
}

TEST(Server, AnswersTheReviewAsTheCommandLinePrintsIt) {
  const Running server;
  const auto reply = server.post("/api/review", request(example()));
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 200);
  EXPECT_EQ(reply->get_header_value("Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(reply->body, test::read_file(test::source_dir() / "tests/golden/review/ms-stem-cell.json"));
  // In a database's syntax, as `searchc review --from` reads it: a heading without `exp` is unexploded.
  const auto ovid = server.post("/api/review", request("1. Stem Cell Transplantation/\n", {{"from", "ovid"}}));
  ASSERT_TRUE(ovid);
  ASSERT_EQ(ovid->status, 200) << ovid->body;
  const auto findings = json::parse(ovid->body)["findings"];
  EXPECT_TRUE(std::any_of(findings.begin(), findings.end(), [](const json& f) { return f["code"] == "R303"; }))
      << ovid->body;
}

TEST(Server, CompilesForSeveralDatabasesNamedAnyWayTheCommandLineTakes) {
  const Running server;
  const std::string source = "ms = (multiple NEXT sclerosis)[ti,ab]\n";
  for (const auto& to : {json("central,pubmed"), json::array({"central", "pubmed"})}) {
    const auto reply = server.post("/api/compile", request(source, {{"to", to}}));
    ASSERT_TRUE(reply);
    ASSERT_EQ(reply->status, 200) << reply->body;
    const auto body = json::parse(reply->body);
    EXPECT_EQ(body.size(), 2U);
    EXPECT_EQ(body["pubmed"]["text"], "#1 \"multiple sclerosis\"[tiab]\n");
  }
  const auto all = server.post("/api/compile", request(source, {{"to", "all"}}));
  ASSERT_TRUE(all);
  EXPECT_EQ(json::parse(all->body).size(), database_ids().size());
}

TEST(Server, ImportsWhatIsWrittenInADatabasesSyntax) {
  const Running server;
  const auto reply =
      server.post("/api/compile", request("1. exp Multiple Sclerosis/\n", {{"from", "ovid"}, {"to", "pubmed"}}));
  ASSERT_TRUE(reply);
  ASSERT_EQ(reply->status, 200) << reply->body;
  EXPECT_EQ(json::parse(reply->body)["pubmed"]["text"], "#1 \"Multiple Sclerosis\"[mh]\n");
}

TEST(Server, AcceptsTheProjectsWords) {
  const Running plain;
  const Running project({}, ApiContext{{"mulitple"}});
  const auto source = request("ms = mulitple NEXT sclerosis\n");
  EXPECT_NE(plain.post("/api/check", source)->body.find("W007"), std::string::npos);
  EXPECT_EQ(project.post("/api/check", source)->body.find("W007"), std::string::npos);
}

TEST(Server, ReportsAStrategysErrorsAsDiagnosticsNotAsABadRequest) {
  const Running server;
  const auto source = request("ms = (multiple AND sclerosis\n", {{"to", "central"}});
  const auto compiled = server.post("/api/compile", source);
  ASSERT_TRUE(compiled);
  EXPECT_EQ(compiled->status, 200);
  const auto central = json::parse(compiled->body)["central"];
  EXPECT_EQ(central["text"], "");
  ASSERT_FALSE(central["diagnostics"].empty());
  EXPECT_EQ(central["diagnostics"][0]["severity"], "error");
  EXPECT_EQ(central["diagnostics"][0]["line"], 1);

  for (const auto* call : {"/api/appendix", "/api/review"}) {
    const auto unwritten = server.post(call, request("ms = (multiple AND sclerosis\n"));
    ASSERT_TRUE(unwritten);
    ASSERT_EQ(unwritten->status, 422) << call;
    const auto body = json::parse(unwritten->body);
    EXPECT_EQ(body["errors"], 1) << call;
    EXPECT_EQ(body["diagnostics"][0]["severity"], "error") << call;
    EXPECT_TRUE(body.contains("error")) << call;
  }
}

struct BadRequest {
  const char* path;
  std::string body;
  const char* says;  // in the error message
};

TEST(Server, RefusesABadRequestWithWords) {
  const Running server;
  const std::vector<BadRequest> table = {
      {"/api/compile", "", "not JSON"},
      {"/api/compile", "{\"source\": ", "not JSON"},
      {"/api/compile", "[1, 2]", "must be a JSON object"},
      {"/api/compile", R"({"to": "central"})", "missing field `source`"},
      {"/api/compile", R"({"source": 12, "to": "central"})", "`source` must be a string"},
      {"/api/compile", R"({"source": "a"})", "missing field `to`"},
      {"/api/compile", R"({"source": "a", "to": "nowhere"})", "`nowhere`, which is not a database"},
      {"/api/compile", R"({"source": "a", "to": 3})", "`to` must be a database name"},
      {"/api/compile", R"({"source": "a", "to": ["central", 3]})", "`to` must hold database names"},
      {"/api/compile", R"({"source": "a", "to": []})", "`to` names no database"},
      {"/api/compile", R"({"source": "a", "to": "central", "from": "no-such-database"})",
       "`from` is `no-such-database`"},
      {"/api/compile", R"({"source": "a", "to": "central", "mesh_form": "box"})", "`mesh_form` is `box`"},
      {"/api/compile", R"({"source": "a", "to": "central", "too": 1})", "unknown field `too`"},
      {"/api/check", R"({"source": "a", "format": "md"})", "unknown field `format`"},
      {"/api/appendix", R"({"source": "a", "format": "pdf"})", "`format` is `pdf`"},
      {"/api/appendix", R"({"source": "a", "name": null})", "`name` must be a string"},
      {"/api/review", R"({"format": "json"})", "unknown field `format`"},
      {"/api/review", R"({"name": "a.search"})", "missing field `source`"},
      {"/api/review", R"({"source": "a", "from": "polyglot"})", "`from` is `polyglot`"},
      // Invalid UTF-8 inside a JSON string.
      {"/api/check", "{\"source\": \"\xff\xfe\"}", "not JSON"},
      // A number too large for a double: the parser's own error, not a crash.
      {"/api/check", R"({"source": "a", "name": 1e99999})", "not JSON: number overflow"},
      // JSON nested deeper than any request needs.
      {"/api/check", std::string(100000, '[') + std::string(100000, ']'), "must be a JSON object"},
  };
  for (const auto& bad : table) {
    const auto reply = server.post(bad.path, bad.body);
    ASSERT_TRUE(reply) << bad.body.substr(0, 80);
    EXPECT_EQ(reply->status, 400) << bad.body.substr(0, 80);
    const auto body = json::parse(reply->body);
    EXPECT_NE(body["error"].get<std::string>().find(bad.says), std::string::npos)
        << bad.body.substr(0, 80) << " -> " << body["error"];
  }
}

TEST(Server, TakesOnlyJson) {
  const Running server;
  const auto reply = server.post("/api/check", request("a"), "text/plain");
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 415);
  EXPECT_NE(reply->body.find("Content-Type: application/json"), std::string::npos);
  EXPECT_EQ(server.post("/api/check", request("a"), "application/json; charset=utf-8")->status, 200);
}

TEST(Server, RefusesABodyOverTheLimit) {
  const Running server(Limits{.max_body_bytes = 1000});
  const auto reply = server.post("/api/check", request(std::string(2000, 'a')));
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 413);
  EXPECT_NE(reply->body.find("larger than the 1000 bytes"), std::string::npos);
  EXPECT_EQ(server.post("/api/check", request("a"))->status, 200);
}

TEST(Server, SaysWhenItIsBusy) {
  const Running server(Limits{.max_compiling = 0});
  const auto reply = server.post("/api/check", request("a"));
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->status, 503);
  EXPECT_EQ(reply->get_header_value("Retry-After"), "1");
  // The page itself is no work, so it is served still.
  EXPECT_EQ(server.client().Get("/")->status, 200);
}

TEST(Server, ServesEveryAssetAndNoFile) {
  const Running server;
  auto client = server.client();
  for (const auto& asset : assets()) {
    const auto reply = client.Get(std::string(asset.path).c_str());
    ASSERT_TRUE(reply) << asset.path;
    EXPECT_EQ(reply->status, 200) << asset.path;
    EXPECT_EQ(reply->body, asset.body) << asset.path;
    EXPECT_EQ(reply->get_header_value("Content-Type"), asset.content_type) << asset.path;
    EXPECT_TRUE(asset.content_type.ends_with("; charset=utf-8")) << asset.path;
    EXPECT_EQ(reply->get_header_value("X-Content-Type-Options"), "nosniff");
  }
  const auto page = client.Get("/");
  EXPECT_NE(page->get_header_value("Content-Security-Policy").find("default-src 'self'"), std::string::npos);
  for (const auto* path : {"/etc/passwd", "/../../etc/passwd", "/examples/../../CMakeLists.txt", "/examples/",
                           "/%2e%2e/%2e%2e/etc/passwd", "/app.js/../../README.md"}) {
    const auto reply = client.Get(path);
    ASSERT_TRUE(reply) << path;
    EXPECT_EQ(reply->status, 404) << path;
    EXPECT_EQ(reply->body.find("root:"), std::string::npos) << path;
  }
}

TEST(Server, ListsTheDatabasesAndTheExamples) {
  const Running server;
  auto client = server.client();
  const auto targets = json::parse(client.Get("/api/targets")->body);
  ASSERT_EQ(targets.size(), database_ids().size());
  EXPECT_EQ(targets[0]["id"], "central");
  EXPECT_EQ(targets[0]["name"], "Cochrane CENTRAL");
  EXPECT_EQ(targets[0]["syntax_version"], find_database("central")->capabilities.syntax_version);
  const auto examples = json::parse(client.Get("/api/examples")->body);
  ASSERT_EQ(examples.size(), 2U);
  EXPECT_EQ(examples[0]["name"], "ms-stem-cell.search");
  EXPECT_EQ(examples[0]["source"], example());
}

TEST(Server, SurvivesHostileStrategies) {
  const Running server;
  const std::vector<std::string> sources = {
      std::string(100000, '(') + "a" + std::string(100000, ')'),
      "a" + std::string(50000, ' ') + "NOT" + std::string(50000, ' '),
      std::string(1, '\0') + "a\x01\x7f",
      "ms = \"" + std::string(10000, 'x') + "\"",
      std::string(20000, '\n'),
  };
  for (const auto& source : sources) {
    const auto reply = server.post("/api/compile", request(source, {{"to", "all"}}));
    ASSERT_TRUE(reply) << source.substr(0, 40);
    EXPECT_EQ(reply->status, 200) << source.substr(0, 40);
  }
  EXPECT_EQ(server.post("/api/check", request("a"))->status, 200);
}

TEST(Server, ServesManyClientsAtOnce) {
  const Running server;
  std::atomic<int> answered{0};
  std::atomic<int> failed{0};
  std::vector<std::thread> clients;
  const auto body = request(example(), {{"to", "all"}});
  for (int c = 0; c < 12; ++c) {
    clients.emplace_back([&] {
      for (int i = 0; i < 10; ++i) {
        const auto reply = server.post("/api/compile", body);
        if (reply && (reply->status == 200 || reply->status == 503)) {
          ++answered;
        } else {
          ++failed;
        }
      }
    });
  }
  for (auto& c : clients) c.join();
  EXPECT_EQ(answered, 120);
  EXPECT_EQ(failed, 0);
  EXPECT_EQ(server.post("/api/check", request("a"))->status, 200);
}

TEST(Server, RefusesAPortInUse) {
  const Running first;
  Server second(ApiContext{});
  EXPECT_THROW(second.bind("127.0.0.1", first.port()), std::runtime_error);
}

}  // namespace
}  // namespace searchc::server
