"""Conditions on a claim that hold for every entry of a kind (:mod:`slackbot.claims`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from slackbot.catalog import Catalog
from slackbot.claims import (
    is_cut_after_symbol_list_header,
    is_unsupported_user_code_claim,
    places_failure_outside_project,
)
from slackbot.matching import Matcher
from tests.answers import best_id
from tests.test_matching import _catalog_of, _entry

OUTSIDE = [
    # A compiler's error in an installed header, an SDK's, a fetched package's source.
    "/usr/include/x86_64-linux-gnu/bits/types.h:48:1: error: unknown type name '__int128'",
    "/opt/homebrew/Cellar/boost/1.84.0/include/boost/config.hpp:12:3: fatal error: bad config",
    "/home/ci/.cargo/registry/src/index.crates.io-6f17d22bba15001f/ring-0.16.20/src/x.c:9:1:"
    " error: unknown type name 'uint128_t'",
    r"C:\Users\ci\.nuget\packages\libfoo\2.0.1\include\foo.h(152): error C2371: 'ssize_t':"
    " redefinition; different basic types",
    # A traceback's frame in the interpreter's library or a downloaded package.
    '  File "/usr/lib/python3.12/site-packages/yaml/__init__.py", line 3, in <module>',
    '  File "/tmp/pip-install-k2j1/widgetlib-0.3.1/setup.py", line 12, in <module>',
    '  File "/opt/conda/lib/python3.11/json/decoder.py", line 355, in raw_decode',
    '  File "/opt/app/.venv/lib/python3.12/site-packages/yaml/reader.py", line 9, in peek',
]
INSIDE = [
    "src/widget.c:41:7: error: use of undeclared identifier 'count'",
    "/home/runner/work/app/app/src/main.cpp:12:5: error: 'foo' was not declared in this scope",
    r"D:\a\app\app\lib\parse.h(88): error C2061: syntax error: identifier 'Node'",
    '  File "/home/runner/work/app/app/scripts/release.py", line 40, in <module>',
    '  File "tools/gen.py", line 7, in main',
    # An application deployed under /opt (a container's working directory).
    '  File "/opt/app/main.py", line 256, in <module>',
    # Not a frame or a diagnostic: no file to judge.
    "/usr/bin/ld: cannot find -lwidget",
    "FAILED tests/test_widget.py::test_count - AssertionError: 1 != 2",
]


@pytest.mark.parametrize("line", OUTSIDE)
def test_a_frame_or_diagnostic_in_a_file_the_project_does_not_own_is_outside(line: str) -> None:
    assert places_failure_outside_project(line)
    assert is_unsupported_user_code_claim(line)


@pytest.mark.parametrize("line", INSIDE)
def test_the_projects_own_files_and_lines_without_a_file_are_not(line: str) -> None:
    assert not places_failure_outside_project(line)


@pytest.fixture(scope="module")
def compilers(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    """A user-code class and a tooling entry with no skip line of their own."""
    root: Path = tmp_path_factory.mktemp("claims")
    entries = [
        _entry(
            "user-code/zig-compile-error",
            [r"\.zig:\d+:\d+: error: "],
            ["src/main.zig:10:5: error: use of undeclared identifier 'count'"],
        ),
        _entry(
            "toolchain/zig-std-mismatch",
            [r"lib/std/\S+\.zig:\d+:\d+: error: "],
            ["/usr/lib/zig/lib/std/fs.zig:10:5: error: expected type 'usize'"],
        ),
    ]
    return _catalog_of(root, entries)


def test_a_user_code_class_is_not_offered_on_a_file_the_project_does_not_own(
    compilers: Catalog,
) -> None:
    matcher = Matcher(compilers)
    own = matcher.match("build\nsrc/parse.zig:31:9: error: expected ';', found '}'\n")
    assert [m.entry_id for m in own.matches] == ["user-code/zig-compile-error"]
    log = "build\n/usr/lib/zig/lib/std/os.zig:31:9: error: expected type 'usize'\n"
    assert [m.entry_id for m in matcher.match(log).matches] == ["toolchain/zig-std-mismatch"]


def test_the_class_is_still_offered_on_the_projects_line_of_the_same_paste(
    compilers: Catalog,
) -> None:
    log = (
        "/usr/lib/zig/lib/std/os.zig:31:9: error: expected type 'usize'\n"
        "src/parse.zig:12:3: error: use of undeclared identifier 'x'\n"
    )
    matches = Matcher(compilers).match(log).matches
    assert "user-code/zig-compile-error" in [m.entry_id for m in matches]


def test_a_release_unpacked_in_a_home_directory_is_the_project_built_there() -> None:
    assert not places_failure_outside_project("/root/tinyd-0.3.5/src/main.c:275: error: expected")
    assert not places_failure_outside_project(
        '  File "/home/dev/app-2.1/app/cli.py", line 9, in <module>'
    )
    assert places_failure_outside_project(
        "/home/dev/app-2.1/vendor/zlib/inflate.c:12:1: error: unknown type name 'u8'"
    )
    # makepkg's release folder under a package folder in a home directory (held-out round 78, 146);
    # a build chroot's /build/<pkg>/src/ is not a home directory (round 48, 060, labelled none).
    assert not places_failure_outside_project(
        "/home/zach/build/php-pdo_sqlsrv/src/pdo_sqlsrv-5.12.0/pdo_dbh.cpp:628:41: error: invalid"
    )
    assert places_failure_outside_project(
        "/build/gmi2html/src/gmi2html-0.6.0/build.zig:1:31: error: root struct of file 'std'"
    )
    assert places_failure_outside_project(
        "/home/u/.cargo/registry/src/github.com-1ecc6299db9ec823/ring-0.16.20/src/a.c:1:1: error: x"
    )


def test_a_linker_header_with_its_symbols_cut_off_claims_nothing() -> None:
    header = "Undefined symbols for architecture x86_64:"
    assert is_cut_after_symbol_list_header(header, ["", "..."])
    assert is_cut_after_symbol_list_header(header, [])
    assert is_cut_after_symbol_list_header("ld: Undefined symbols:", ["…"])
    assert not is_cut_after_symbol_list_header(
        header, ['  "_widget_count", referenced from:', "..."]
    )
    # A line that reports what failed itself is no header, whatever follows it.
    assert not is_cut_after_symbol_list_header("1 of 7 tests failed:", ["...."])


def test_the_class_is_offered_on_the_header_only_when_its_symbols_follow(tmp_path: Path) -> None:
    catalog = _catalog_of(
        tmp_path,
        [
            _entry(
                "user-code/macos-link-error",
                [r"^Undefined symbols for architecture \w+:$"],
                [
                    "Undefined symbols for architecture arm64:",
                    "Undefined symbols for architecture x86_64:",
                    "Undefined symbols for architecture i386:",
                ],
            )
        ],
    )
    matcher = Matcher(catalog)
    # Held-out round 79, 059: the paste elides the symbols (a Python extension's link on macOS).
    cut = "cp: ./build/libinterface.so: No such file or directory\n"
    cut += "Undefined symbols for architecture x86_64:\n...\n"
    assert matcher.match(cut).matches == []
    whole = "Undefined symbols for architecture x86_64:\n"
    whole += '  "_widget_count", referenced from:\n      _main in main.o\n'
    assert [m.entry_id for m in matcher.match(whole).matches] == ["user-code/macos-link-error"]


def test_the_source_package_debians_sbuild_builds_is_the_project() -> None:
    # /build/reproducible-path/<pkg>-<version>/ is the package under build (held-out round 81, 202);
    # a system header and a vendored copy inside it are still not its own.
    assert not places_failure_outside_project(
        "/build/reproducible-path/cppad-2025.00.00.0/include/cppad/local/play/player.hpp:700:9:"
        " error: 'void setup_random(size_t&)' cannot be overloaded"
    )
    assert places_failure_outside_project(
        "/build/reproducible-path/app-1.2/third_party/zlib/inflate.c:12:1: error: unknown type name"
    )
    assert places_failure_outside_project(
        "/usr/include/x86_64-linux-gnu/bits/types.h:48:1: error: unknown type name '__int128'"
    )


# Round 82's user-code forms (w82u): each runner's own line, and what it must not claim.
RUNNER_FORMS = [
    # Vitest's summary row after a person's label (held-out round 82, 031).
    (
        "now:     Tests  1 failed | 1117 passed (1118)     [two consecutive CI runs]",
        "user-code/vitest-test-failure",
    ),
    # xUnit.net's execution summary row for a test assembly with a failed test (round 82, 235).
    (
        "=== TEST EXECUTION SUMMARY ===\n"
        "   Acme.Widgets.Tests  Total: 54, Errors: 0, Failed: 1, Skipped: 0, Time: 2.212s\n"
        'The command "./build.sh" exited with 0.',
        "user-code/dotnet-test-failure",
    ),
    # prove's line for a test script that bailed out (TAP::Harness; round 82, 173).
    (
        "ok 52 - Wait for the table\n"
        "Bailout called.  Further testing stopped:  clickElement: element not interactable:"
        " element has zero size at t/lib/OpenQA/SeleniumTest.pm:101",
        "user-code/perl-test-harness-failure",
    ),
    # The project's own script called by a path PowerShell did not find, behind Vagrant's prefix
    # (round 82, 128): not a program missing from PATH.
    (
        "==> default: ./provisioning/Tests.ps1 : The term './provisioning/Tests.ps1' is not"
        " recognized as the name of a cmdlet, function,\n"
        "==> default: +     + CategoryInfo          : ObjectNotFound:"
        " (./provisioning/Tests.ps1:String) [], CommandNotFoundException",
        "user-code/powershell-script-error",
    ),
]
NOT_THE_RUNNERS = [
    # Jest's summary row is Jest's; a passing xUnit summary claims nothing.
    ("Tests:       1 failed, 1117 passed, 1118 total", "user-code/vitest-test-failure"),
    (
        "   Acme.Widgets.Tests  Total: 54, Errors: 0, Failed: 0, Skipped: 0, Time: 2.212s",
        "user-code/dotnet-test-failure",
    ),
    # A bail-out over a file or a service the machine lacks is not the code's.
    (
        "FAILED--Further testing stopped: Could not open key file: No such file or directory",
        "user-code/perl-test-harness-failure",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUNNER_FORMS)
def test_round_82_runner_forms_name_their_class(matcher: Matcher, text: str, expected: str) -> None:
    assert best_id(matcher, text) == expected


@pytest.mark.parametrize(("text", "entry"), NOT_THE_RUNNERS)
def test_round_82_forms_claim_nothing_beyond_their_runner(
    matcher: Matcher, text: str, entry: str
) -> None:
    assert entry not in [m.entry_id for m in matcher.match(text).matches]


def test_a_program_powershell_cannot_find_is_still_a_missing_command(matcher: Matcher) -> None:
    text = (
        "npm : The term 'npm' is not recognized as the name of a cmdlet, function, script file,"
        " or operable program.\n"
        "    + CategoryInfo          : ObjectNotFound: (npm:String) [], CommandNotFoundException"
    )
    assert best_id(matcher, text) == "toolchain/command-not-found"


# PHP's own error-log lines (u19): php_log_err writes '[d-M-Y H:i:s e] ' before the message and
# Apache's mod_php '[php:error] [pid ...] [client ...] '. A served request's error is left to the
# platform's entries, except a TypeError for an argument and a call to an undefined method, which
# only the code causes (held-out round 43, 162 and round 74, 136).
PHP_LOG_CODE_ERRORS = [
    "[17-Oct-2021 11:37:50 America/Boise] PHP Fatal error:  Uncaught Error: Call to undefined"
    " method AdminJobs::AdminJobs() in ./admin/cache/CacheJobs.class.php:7",
    "[Mon Aug 04 11:25:22.784882 2025] [php:error] [pid 564147] [client 10.0.0.1:38886] PHP Fatal"
    " error:  Uncaught TypeError: CoreLogic::isCompatible(): Argument #3 ($compatible) must be of"
    " type string, null given, called in /srv/app/lib/Logic.php on line 12",
]
PHP_LOG_PLATFORM_ERRORS = [
    # A class or function of an extension the server's PHP lacks (round 82, 154), a member call on
    # a connection that failed, the memory limit, an autoloader never installed.
    "[Wed Sep 18 20:26:49.174960 2024] [php:error] [pid 24:tid 24] [client 10.0.0.2:54899] PHP Fatal"
    ' error:  Uncaught Error: Class "PDO" not found in /var/www/html/results/db.php:32',
    "[18-Sep-2024 20:27:43 UTC] PHP Fatal error:  Uncaught Error: Call to undefined function"
    " session_start() in /var/www/html/results/stats.php:2",
    "[18-Sep-2024 20:27:43 UTC] PHP Fatal error:  Uncaught Error: Call to a member function"
    " query() on null in /var/www/html/app/db.php:14",
    "[27-Jan-2021 07:18:44 America/Boise] PHP Fatal error:  Uncaught ErrorException: fopen(x):"
    " Failed to open stream: Permission denied in /var/www/html/app/log.php:9",
    '2024/09/19 01:51:41 [error] 30#30: *434 FastCGI sent in stderr: "PHP message: PHP Fatal error:'
    '  Uncaught Error: Class "Redis" not found in /var/www/app/cache.php:3"',
]


@pytest.mark.parametrize("text", PHP_LOG_CODE_ERRORS)
def test_a_php_log_line_only_the_code_causes_is_the_projects(matcher: Matcher, text: str) -> None:
    assert best_id(matcher, text) == "user-code/php-fatal-error"


@pytest.mark.parametrize("text", PHP_LOG_PLATFORM_ERRORS)
def test_other_php_log_lines_are_not_claimed_as_the_code(matcher: Matcher, text: str) -> None:
    assert "user-code/php-fatal-error" not in [m.entry_id for m in matcher.match(text).matches]


# Test runners' own lines for a failed test (u19): lester's '[FAIL]' with the spec file and line
# (held-out round 81, 067) and ocamltest's ' ... testing' line whose result is 'failed' (round 81, 082).
SUITE_RUNNER_FORMS = [
    "[FAIL] standard library | builtins (./spec/stdlib_spec.lua:13/14)",
    "[FAIL] parser | reads numbers (spec/parser_spec.lua:21)",
    " ... testing 'includestruct.ml' with 1 (native) => failed (Compiling program includestruct.opt"
    " from modules  includestruct.ml: command failed with exit code 2)",
    " ... testing 'tlist.ml' with 1.1.2 (bytecode) => failed",
]
NOT_SUITE_RUNNER_FORMS = [
    "[PASS] standard library | require",
    "[FAIL] Build failed (see build.log)",
    "[FAIL] deploy step (exit 1)",
    " ... testing 'includestruct.ml' with 1 (native) => passed",
    " ... testing 'includestruct.ml' with 1.1 (bytecode) => skipped",
    " ... testing 'bad.ml' => unexpected error (could not read test block)",
]


@pytest.mark.parametrize("text", SUITE_RUNNER_FORMS)
def test_lester_and_ocamltest_failures_are_the_suites(matcher: Matcher, text: str) -> None:
    assert best_id(matcher, text) == "user-code/test-suite-failure"


@pytest.mark.parametrize("text", NOT_SUITE_RUNNER_FORMS)
def test_their_passing_lines_and_lookalikes_are_not(matcher: Matcher, text: str) -> None:
    assert "user-code/test-suite-failure" not in [m.entry_id for m in matcher.match(text).matches]


# prec19: the trees and location forms that the C/C++ and Rust classes had each learned on their
# own first-measurement wrong claims (held-out rounds 69, 088; 70, 161; 72, 152; 79, 173; 69, 067),
# now a condition on every user-code class.
FETCHED_OR_LOCATED_OUTSIDE = [
    # PlatformIO's library folder (round 69, 088) and a project's .pio/libdeps.
    "/home/travis/.platformio/lib/WiFi101_ID299/src/bus_wrapper/source/nm_bus_wrapper_samd21.cpp:46:17:"
    " fatal error: SPI.h: No such file or directory",
    "/home/ci/app/.pio/libdeps/esp32/ArduinoJson/src/Json.h:12:3: error: 'x' does not name a type",
    # PECL's build folder (round 72, 152).
    "/tmp/pear/temp/swoole/swoole_http_client_coro.cc:1380:5: error: 'compress_method' was not declared",
    # OpenWrt's build_dir for a package (round 70, 161).
    "/home/dev/source/build_dir/target-mipsel_24kc_musl/sljit/sljitNativeMIPS_common.c:506:3: error: a label",
    # rustc's location line in rustup's copy of the standard library (round 79, 173).
    "  --> /home/ci/.rustup/toolchains/nightly-x86_64-unknown-linux-gnu/lib/rustlib/src/rust/library/"
    "std/src/sync/mutex.rs:220:20",
    # pytest's short traceback frame in pytest's own installed source (round 69, 067).
    "/opt/hostedtoolcache/Python/3.9.12/x64/lib/python3.9/site-packages/_pytest/assertion/rewrite.py:168:"
    " in exec_module",
    # MSVC's diagnostic in a CMake FetchContent dependency.
    r"D:\a\app\app\build\_deps\fmt-src\include\fmt\core.h(12): error C2061: syntax error",
]
LOCATED_INSIDE = [
    "  --> src/main.rs:2:1",
    "  --> /home/runner/work/app/app/crates/cli/src/lib.rs:40:9",
    "tests/test_widget.py:12: in test_count",
    # A package's own tests run from its install (held-out round 68, 021: numpy under conda-forge).
    "../env/lib/python3.13/site-packages/numpy/random/tests/test_extending.py:98: in load",
    "/home/runner/work/app/app/tests/conftest.py:30: in client",
    # A folder of the project's own whose name only contains one of the words, or is one of
    # them in another case (a Kubernetes project's pods/, not CocoaPods' Pods/).
    "src/gemfile_deps/parse.c:3:1: error: expected ';'",
    "/home/runner/work/op/op/pkg/pods/watch.c:7:2: error: unknown type name 'pod_t'",
]


@pytest.mark.parametrize("line", FETCHED_OR_LOCATED_OUTSIDE)
def test_fetched_trees_and_located_frames_outside_the_project_claim_no_user_code(line: str) -> None:
    assert places_failure_outside_project(line)
    assert is_unsupported_user_code_claim(line)


@pytest.mark.parametrize("line", LOCATED_INSIDE)
def test_the_projects_own_rust_and_pytest_locations_are_still_its_own(line: str) -> None:
    assert not places_failure_outside_project(line)


def test_the_source_gentoos_portage_builds_is_the_project() -> None:
    # /var/tmp/portage/<category>/<pkg>-<version>/work/<pkg>-<version>/ is the package under build
    # (held-out round 83, 253: primecount's bundled header); a vendored copy inside it and a system
    # header are still not its own.
    assert not places_failure_outside_project(
        "/var/tmp/portage/sci-mathematics/primecount-7.13/work/primecount-7.13/include/libdivide.h"
        ":2018:41: error: 'const class libdivide::divider<T, ALGO>' has no member named 'denom'"
    )
    assert places_failure_outside_project(
        "/var/tmp/portage/dev-libs/app-1.2/work/app-1.2/third_party/zlib/inflate.c:12:1:"
        " error: unknown type name 'z_off_t'"
    )
    # Another release unpacked in Portage's tree, outside a package's work folder, is not.
    assert places_failure_outside_project(
        "/var/tmp/portage/distfiles/zlib-1.3/inflate.c:12:1: error: unknown type name 'z_off_t'"
    )


# Round 83's user-code forms (w83u): each tool's own line, and what it must not claim.
ROUND_83_FORMS = [
    # gc's constant that does not fit a 32-bit int, in the project's files (round 83, 150, 151).
    (
        "core/corehttp/gateway_test.go:42:9: constant 18446744073709551615 overflows uint",
        "user-code/go-build-error",
    ),
    # ...after a -mod=vendor line of an earlier go command the build went on from (round 83, 150).
    (
        "build flag -mod=vendor only valid when using modules\n"
        " GO cmd/starter/c/starter\n"
        "# github.com/sylabs/singularity/internal/pkg/fakeroot\n"
        "../internal/pkg/fakeroot/fakeroot.go:209:8: constant 4294901760 overflows int\n"
        "make: *** [cmd/starter/c/starter] Error 2",
        "user-code/go-build-error",
    ),
    # The same in a module-cache dependency's file is the dependency's (round 83, 153).
    (
        r"pogreb@v0.10.0\fs\os_mmap_windows.go:23:12: constant 2147483648 overflows int",
        "dependency/go-dependency-does-not-compile",
    ),
    # A subchart's template, named under its parent chart (round 83, 277).
    (
        "Error: template: spire/charts/oidc/templates/hook.yaml:64:27: executing"
        ' "spire/charts/oidc/templates/hook.yaml" at <.Values.image>: nil pointer evaluating'
        " interface {}.image",
        "user-code/helm-chart-render-error",
    ),
]
NOT_ROUND_83_FORMS = [
    # LLVM 3.x's write failure without its reason names no full disk (round 83, 018).
    ("LLVM ERROR: IO failure on output stream.", "resources/no-space-left-on-device"),
    # Without a compile error after it, the flag line is still GOPATH mode's.
    (
        "go build -mod=vendor -o bin/server ./cmd/server\n"
        "build flag -mod=vendor only valid when using modules",
        "user-code/go-build-error",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_83_FORMS)
def test_round_83_forms_name_their_class(matcher: Matcher, text: str, expected: str) -> None:
    assert best_id(matcher, text) == expected


@pytest.mark.parametrize(("text", "entry"), NOT_ROUND_83_FORMS)
def test_round_83_forms_claim_nothing_beyond_their_tool(
    matcher: Matcher, text: str, entry: str
) -> None:
    assert entry not in [m.entry_id for m in matcher.match(text).matches]


def test_llvm_reporting_its_reason_is_still_a_full_disk(matcher: Matcher) -> None:
    text = "LLVM ERROR: IO failure on output stream: no space on device"
    assert best_id(matcher, text) == "resources/no-space-left-on-device"
