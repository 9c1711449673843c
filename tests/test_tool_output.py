"""The recogniser of compilers' and test runners' reports on the project's code."""

from __future__ import annotations

import pytest

from slackbot.matching import clean_log
from slackbot.tool_output import (
    CARGO_TEST_FAILURE,
    DOTNET_TEST_FAILURE,
    GO_BUILD_ERROR,
    GO_TEST_FAILURE,
    MINITEST_FAILURE,
    PHPUNIT_FAILURE,
    PYTEST_FAILURE,
    RSPEC_FAILURE,
    RUSTC_COMPILE_ERROR,
    recognise_tool_output,
)


def _class_of(text: str) -> str | None:
    found = recognise_tool_output(clean_log(text).split("\n"))
    return found.entry_id if found is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "error[E0599]: no method named `frobnicate` found for struct `Widget` in the current scope",
        "   Compiling widgets v0.3.0 (/home/runner/work/widgets/widgets)\n"
        "error[E0308]: mismatched types\n"
        "  --> src/render.rs:41:17\n"
        "   |\n"
        "error: could not compile `widgets` (lib) due to 1 previous error",
        "error: expected one of `;` or `}`, found `let`\n --> crates/core/src/lib.rs:7:5",
        "2024-05-01T10:00:00Z ##[error]error[E0425]: cannot find value `limit` in this scope",
    ],
)
def test_rustc_errors_in_the_projects_files_are_its_own(text: str) -> None:
    assert _class_of(text) == RUSTC_COMPILE_ERROR


@pytest.mark.parametrize(
    "text",
    [
        # A dependency's source, in the registry or vendored.
        "error[E0308]: mismatched types\n"
        "   --> /home/ci/.cargo/registry/src/index.crates.io-6f17d22bba15001f/"
        "ring-0.16.20/src/rand.rs:12:9",
        "error[E0053]: method `poll` has an incompatible type for trait\n"
        "  --> vendor/tokio-util/src/codec.rs:88:5",
        # A crate the toolchain cannot load, a feature it lacks.
        "error[E0463]: can't find crate for `core`",
        "error[E0658]: use of unstable library feature 'let_chains'",
        # A crate not declared, a macro that panicked, a generated file.
        "error[E0432]: unresolved import `serde_json`",
        "error: proc macro panicked\n --> src/main.rs:3:1",
        "error[E0412]: cannot find type `c_int` in this scope\n"
        " --> /build/target/debug/build/ffi-sys-0123456789abcdef/out/bindings.rs:5:10",
        # cargo's own errors, no location.
        'error: failed to select a version for the requirement `rand = "^0.99"`',
    ],
)
def test_rustc_errors_of_dependencies_and_toolchains_are_not_claimed(text: str) -> None:
    assert _class_of(text) is None


def test_the_go_compilers_errors_below_a_package_header_are_the_projects() -> None:
    text = "# example.com/shop/cart\n./cart.go:17:9: undefined: totalPrice\n"
    assert _class_of(text) == GO_BUILD_ERROR
    assert _class_of("# command-line-arguments\n./main.go:4: syntax error: unexpected }") == (
        GO_BUILD_ERROR
    )


@pytest.mark.parametrize(
    "text",
    [
        # No package header: any tool's file:line.
        "./cart.go:17:9: undefined: totalPrice",
        # Another package's API at the version resolved, a module cache, vet's findings.
        "# example.com/shop/cart\n./cart.go:17:9: undefined: money.Round",
        "# golang.org/x/sys/unix\n"
        "/home/ci/go/pkg/mod/golang.org/x/sys@v0.0.1/unix/fd.go:3:2: undefined: x",
        "# example.com/shop/cart\nvendor/github.com/a/b/c.go:3:2: undefined: x",
        "# example.com/shop/cart\n./cart.go:17:9: vet: printf call has arguments",
        "# example.com/asm\n./decl.go:10:6: missing function body",
    ],
)
def test_go_errors_that_are_not_the_projects_code_are_not_claimed(text: str) -> None:
    assert _class_of(text) is None


def test_a_go_tests_own_messages_in_a_failed_run_are_a_go_test_failure() -> None:
    text = (
        "=== RUN   TestTotal\n    cart_test.go:31: total = 7, want 9\n--- FAIL: TestTotal (0.00s)\n"
    )
    assert _class_of(text) == GO_TEST_FAILURE
    # Without -v a passing test prints nothing: a message alone is a failure's.
    assert _class_of("    cart_test.go:31: got 7, want 9") == GO_TEST_FAILURE


@pytest.mark.parametrize(
    "text",
    [
        # A verbose run that shows no failure: a passing test's log.
        "=== RUN   TestTotal\n    cart_test.go:31: computing\n--- PASS: TestTotal (0.00s)",
        # gocheck's report is another runner's.
        "FAIL: cart_test.go:30: CartSuite.TestTotal\n\ncart_test.go:31:\n    c.Assert(1, Equals, 2)",
        # The machine's failure told by a test.
        "    e2e_test.go:88: timed out waiting for the registry",
        # A compiler's error in a test file has a column.
        "./cart_test.go:31:5: undefined: helper",
    ],
)
def test_other_go_test_lines_are_not_a_go_test_failure(text: str) -> None:
    assert _class_of(text) != GO_TEST_FAILURE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pytest: the short summary, -v's verdict, a bare list of node ids, the final count.
        (
            "=========================== short test summary info ===========================\n"
            "FAILED tests/test_orders.py::test_total_includes_tax - assert 118 == 120",
            PYTEST_FAILURE,
        ),
        ("tests/test_orders.py::TestCart::test_empty[guest] FAILED       [ 40%]", PYTEST_FAILURE),
        (
            "Failing here:\n  tests/unit/test_parse.py::test_dates\n"
            "  tests/unit/test_parse.py::test_times",
            PYTEST_FAILURE,
        ),
        ("========= 2 failed, 31 passed, 1 skipped in 4.02s =========", PYTEST_FAILURE),
        ("3 failed, 120 passed, 4 warnings in 12.50 seconds", PYTEST_FAILURE),
        # pytest's progress line of a file with a failed test, the paste cut before the
        # failures' details (held-out round 83, 029: doctests in a text file).
        (
            "collected 1385 items\n\n"
            "testfixtures/tests/test_django/test_compare.py .                    [  0%]\n"
            "docs/comparing.txt ...........F.F.........                          [  6%]\n"
            "docs/components.txt ..............                                  [  7%]",
            PYTEST_FAILURE,
        ),
        ("tests/test_orders.py ..F.sx                                   [ 40%]", PYTEST_FAILURE),
        # pytest's E line naming the exception, and one below a traceback entry.
        (
            "    def test_total():\n>       assert cart.total() == 120\n"
            "E       assert 118 == 120\n\ntests/test_orders.py:14: AssertionError",
            PYTEST_FAILURE,
        ),
        (
            "conftest.py:12: in <module>\n    from orders import models\n"
            "orders/models.py:3: in <module>\n    raise RuntimeError('settings not loaded')\n"
            "E   RuntimeError: settings not loaded",
            PYTEST_FAILURE,
        ),
        # libtest: its summary, a test's verdict, the failures' list.
        ("test result: FAILED. 41 passed; 2 failed; 0 ignored; 0 measured", CARGO_TEST_FAILURE),
        ("test parser::tests::rejects_empty ... FAILED", CARGO_TEST_FAILURE),
        (
            "failures:\n    parser::tests::rejects_empty\n    parser::tests::keeps_order\n",
            CARGO_TEST_FAILURE,
        ),
        # xUnit.net's and VSTest's verdicts, VSTest's summary.
        (
            "[xUnit.net 00:00:02.11]     Shop.Tests.CartTests.TotalIncludesTax [FAIL]",
            DOTNET_TEST_FAILURE,
        ),
        ("  Failed Shop.Tests.CartTests.TotalIncludesTax [12 ms]", DOTNET_TEST_FAILURE),
        (
            "Failed!  - Failed:     1, Passed:    40, Skipped:     0, Total:    41, "
            "Duration: 2 s - Shop.Tests.dll (net8.0)",
            DOTNET_TEST_FAILURE,
        ),
    ],
)
def test_test_runners_reports_name_their_runners_class(text: str, expected: str) -> None:
    assert _class_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Passing tests, a command that names a test, a count without failures.
        "tests/test_orders.py::test_total PASSED                                  [ 50%]",
        "$ pytest tests/test_orders.py::test_total -x",
        "========= 31 passed, 1 skipped in 4.02s =========",
        "test result: ok. 41 passed; 0 failed; 0 ignored",
        "[xUnit.net 00:00:02.11]     Shop.Tests.CartTests.TotalIncludesTax [PASS]",
        # A prose heading, then words that are no test paths.
        "failures:\n    none\n",
        # The machine's reason: the test could not reach its service or load its module.
        "FAILED tests/test_db.py::test_insert - ConnectionRefusedError: [Errno 111]",
        "E   ModuleNotFoundError: No module named 'psycopg2'",
        # The test process crashed: that class says it better.
        "test parser::tests::rejects_empty ... FAILED\n"
        "error: test failed, to rerun pass `--lib`\n"
        "process didn't exit successfully: `target/debug/deps/parser-1a2b` "
        "(signal: 11, SIGSEGV: invalid memory reference)",
    ],
)
def test_what_is_no_failing_test_of_the_project_is_not_claimed(text: str) -> None:
    assert _class_of(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # A test that errored in its fixture, and the count of such errors alone.
        "tests/test_db.py::test_insert ERROR                                      [ 10%]",
        "____ ERROR at setup of test_insert ____\n"
        "    @pytest.fixture\n    def db():\n>       return os.environ['DB_URL']\n"
        "E       KeyError: 'DB_URL'",
        "========= 1 error in 0.54s =========",
        # A progress line of passing, skipped or errored tests only.
        "tests/test_orders.py ..s.x.                                   [ 40%]",
        "tests/test_db.py ..E..                                        [ 10%]",
        # pytest -v cut while a test ran: its id, no verdict yet.
        "tests/test_a.py::test_one PASSED                 [ 50%]\ntests/test_a.py::test_two ",
    ],
)
def test_pytest_errors_and_tests_still_running_are_not_failures(text: str) -> None:
    assert _class_of(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PHPUnit: the defects' heading, the verdict and count, a progress line with F or E.
        (
            "There was 1 failure:\n\n1) Tests\\CartTest::testTotal\n"
            "Failed asserting that 118 matches expected 120.",
            PHPUNIT_FAILURE,
        ),
        ("FAILURES!\nTests: 12, Assertions: 30, Failures: 1.", PHPUNIT_FAILURE),
        ("Tests: 12, Assertions: 30, Errors: 2, Failures: 1.", PHPUNIT_FAILURE),
        (
            "PHPUnit 9.6.13 by Sebastian Bergmann and contributors.\n\n"
            "...F.....E..S..........  23 / 120 ( 19%)",
            PHPUNIT_FAILURE,
        ),
        # minitest: a defect's heading over the test's name, either era; its count.
        (
            "  1) Failure:\nCartTest#test_total [test/cart_test.rb:14]:\nExpected: 120\n  Actual: 118",
            MINITEST_FAILURE,
        ),
        ("  2) Error:\ntest_total(CartTest):\nNoMethodError: undefined method", MINITEST_FAILURE),
        ("12 runs, 30 assertions, 0 failures, 1 errors, 0 skips", MINITEST_FAILURE),
        # Rails' reporter: the heading without its number over a Class#test_ name; copied from
        # Buildkite's log view, its separator line between them (held-out round 83, 218).
        (
            "Failure:\nCartTest#test_total [test/cart_test.rb:14]:\nExpected: 120",
            MINITEST_FAILURE,
        ),
        (
            "Failure:\n--\n  | CartTest#test_total [/app/test/cart_test.rb:14]\n"
            "  | Minitest::Assertion: Expected /Success/ to match",
            MINITEST_FAILURE,
        ),
        # RSpec: its count, its rerun command, its eq matcher's message (RSpec 3, RSpec 1).
        ("Finished in 0.52 seconds\n12 examples, 1 failure, 2 pending", RSPEC_FAILURE),
        ("Failed examples:\n\nrspec ./spec/cart_spec.rb:12 # Cart totals the lines", RSPEC_FAILURE),
        (
            "     Failure/Error: expect(cart.total).to eq(120)\n\n       expected: 120\n"
            "            got: 118\n\n       (compared using ==)",
            RSPEC_FAILURE,
        ),
        ("expected: 120,\n     got: 118 (using ==)", RSPEC_FAILURE),
    ],
)
def test_ruby_and_php_runners_reports_name_their_runners_class(text: str, expected: str) -> None:
    assert _class_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Counts without a defect, a progress line of passing tests, a heading without a name.
        "OK (12 tests, 30 assertions)",
        "Tests: 12, Assertions: 30, Skipped: 1.",
        "............S..........  23 / 120 ( 19%)",
        "12 runs, 30 assertions, 0 failures, 0 errors, 0 skips",
        "12 examples, 0 failures",
        "  1) Failure:\nsee below",
        # A bare heading over a name that is no minitest test's.
        "Error:\nWidget#render [app/widget.rb:14]",
        # An expectation's words that are no RSpec message.
        "expected: 120\nbut the total was 118 (using ==)",
        # The machine's reason: the test could not reach its database.
        "There was 1 error:\n\n1) Tests\\DbTest::testInsert\n"
        "PDOException: SQLSTATE[HY000] [2002] Connection refused",
    ],
)
def test_what_is_no_failing_ruby_or_php_test_is_not_claimed(text: str) -> None:
    assert _class_of(text) is None
