"""``ci-error import errorcanon``: the seed page becomes a draft that keeps every fact."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest

from slackbot.catalog import PLACEHOLDER_EXAMPLE, PLACEHOLDER_PATTERN, Entry, load_catalog
from slackbot.cli import main
from slackbot.lint import lint_catalog
from slackbot.matching import Matcher
from tests.conftest import FIXTURES, ROOT

PAGE = FIXTURES / "errorcanon" / "github-actions-oidc-token-403-forbidden.txt"
SEED = "policy/github-actions-oidc-token-403-forbidden"
HEADLINE = (
    "Error: Failed to request OIDC token: 403 Forbidden. The workflow is not allowed to "
    "request an OIDC token for this organization"
)


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _import(out_dir: Path, *pages: Path) -> tuple[int, str, str]:
    return run("import", "errorcanon", *map(str, pages), "--out", str(out_dir))


@pytest.fixture
def draft(tmp_path: Path) -> Entry:
    code, out, err = _import(tmp_path, PAGE)
    assert (code, err) == (0, "")
    target = tmp_path / f"{SEED}.yaml"
    assert out == (
        f"wrote {target} ({SEED}, draft): write its match patterns, real example lines "
        "and their sources, then run `ci-error lint`\n"
    )
    assert target.read_text("utf-8").startswith("# yaml-language-server: $schema=../schema.json")
    return load_catalog(tmp_path).entries[SEED]


def test_the_seed_page_becomes_a_draft_with_every_field(draft: Entry) -> None:
    assert draft.id == SEED
    assert draft.title == HEADLINE
    assert draft.tags == ["403", "policy", "auth_error"]
    assert (draft.provenance, draft.status) == ("ai_generated", "draft")
    assert (draft.fix_rate, draft.confidence, draft.evidence) == (85, 88, 1)
    assert draft.first_seen == dt.date(2024, 1, 10)
    assert [
        (v.component, v.status, v.introduced, v.deprecated, v.notes) for v in draft.versions
    ] == [
        ("GitHub Actions runner 2.315.0", "active", None, None, None),
        ("GitHub Enterprise Server 3.10", "active", None, None, None),
        ("GitHub REST API 2022-11-28", "active", None, None, None),
    ]
    assert draft.root_cause.en == (
        "GitHub Actions OIDC token requests are blocked by organization-level or "
        "repository-level settings that restrict which workflows can request tokens for "
        "cloud provider authentication."
    )
    assert draft.root_cause.zh == (
        "GitHub Actions OIDC令牌请求被组织级别或仓库级别设置阻止,这些设置限制了哪些工作流"
        "可以请求用于云提供商认证的令牌。"
    )
    assert [str(d.url) for d in draft.docs] == [
        "https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/"
        "configuring-openid-connect-in-cloud-providers"
    ]
    assert draft.docs[0].title == "Configuring openid connect in cloud providers"

    assert [w.success for w in draft.workarounds] == [85, 80, 75]
    first, second, third = draft.workarounds
    assert first.steps.en == (
        "Go to organization settings > Actions > General > Permissions, and ensure 'Allow "
        "GitHub Actions to create and approve pull requests' is enabled. Then add the "
        "workflow's repository to the allowed list for OIDC token requests under 'OIDC "
        "Token' settings."
    )
    assert first.title.en == (
        "Go to organization settings > Actions > General > Permissions, and ensure 'Allow "
        "GitHub Actions to create and approve pull requests' is enabled."
    )
    assert first.steps.zh == (
        "前往组织设置 > Actions > General > Permissions,确保启用'允许GitHub Actions创建和批准"
        "拉取请求'。然后在'OIDC Token'设置下将工作流的仓库添加到允许列表中。"
    )
    assert first.title.zh == (
        "前往组织设置 > Actions > General > Permissions,确保启用'允许GitHub Actions创建和批准"
        "拉取请求'。"
    )
    assert second.steps.en.endswith(
        "For organization-level, run: gh api -X PATCH /orgs/ORG/settings/actions -f "
        "'allowed_actions=all'"
    )
    assert second.steps.zh and second.steps.zh.startswith("如果使用GitHub Enterprise")
    assert third.steps.en == (
        "Configure the cloud provider's trust policy to accept tokens from the specific "
        "repository and branch. For AWS, update the IAM OIDC identity provider's trust policy "
        'to include the correct \'sub\' claim: "Condition": {"StringEquals": '
        '{"token.actions.githubusercontent.com:sub": "repo:org/repo:ref:refs/heads/main"}}'
    )
    assert third.steps.zh and third.steps.zh.startswith("配置云提供商的信任策略")
    assert len({w.id for w in draft.workarounds}) == 3

    assert [(d.fail, d.reason.en) for d in draft.dead_ends] == [
        (
            100,
            "The issue is a policy restriction, not a transient token error; re-running will "
            "hit the same 403.",
        ),
        (
            60,
            "This bypasses the security benefit of OIDC and may violate compliance policies; "
            "also not a fix for the error.",
        ),
        (
            90,
            "Restrictions are based on repository or organization settings, not branch or event names.",
        ),
    ]
    assert all(d.title.en.startswith("TODO:") for d in draft.dead_ends)  # the page has none

    assert draft.origin is not None
    assert (draft.origin.site, draft.origin.page) == ("ErrorCanon", SEED)
    note = draft.origin.note or ""
    assert "provenance: ai_generated" in note and "status: partial" in note
    assert "root-cause label: generic" in note
    assert draft.sources == []
    assert draft.match.patterns == [PLACEHOLDER_PATTERN]
    assert draft.match.examples == [PLACEHOLDER_EXAMPLE]


def test_lint_asks_for_what_the_page_cannot_give(draft: Entry, tmp_path: Path) -> None:
    catalog = load_catalog(tmp_path)
    problems = {(p.field, p.message) for p in lint_catalog(catalog) if p.severity == "error"}
    fields = {field for field, _ in problems}
    assert any(
        field == "match.patterns" and message.startswith("write the match patterns")
        for field, message in problems
    )
    assert {"match.examples", "sources", "dead_ends.0.title.en", "dead_ends.0.reason.zh"} <= fields
    # The placeholder is not a signature: it matches nothing, not even its own text.
    matcher = Matcher(catalog)
    for text in (PLACEHOLDER_PATTERN, "write the match patterns", PLACEHOLDER_EXAMPLE, HEADLINE):
        assert matcher.match(text).matches == []
    code, out, _ = run("--catalog", str(tmp_path), "lint")
    assert code == 1 and "write the match patterns" in out


def test_a_draft_never_overwrites_an_entry(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    shutil.copytree(ROOT / "catalog" / "policy", catalog / "policy")
    before = (catalog / f"{SEED}.yaml").read_text("utf-8")
    code, out, err = run("--catalog", str(catalog), "import", "errorcanon", str(PAGE))
    assert (code, out) == (2, "")
    assert err == f"ci-error: {catalog / SEED}.yaml: already exists; not overwritten\n"
    assert (catalog / f"{SEED}.yaml").read_text("utf-8") == before


def _page_without(line_start: str) -> str:
    lines = PAGE.read_text("utf-8").split("\n")
    return "\n".join(line for line in lines if not line.startswith(line_start))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (_page_without("ID: "), "not an ErrorCanon page: no 'ID:' line"),
        (_page_without("85%Fix Rate"), "not an ErrorCanon page: no fix rate"),
        (_page_without("88%Confidence"), "not an ErrorCanon page: no confidence"),
        (
            PAGE.read_text("utf-8").replace("85% success", "lots of success"),
            "not an ErrorCanon page: workaround 1 has no 'N% success' line",
        ),
        (PAGE.read_text("utf-8").replace("85%Fix Rate", "185%Fix Rate"), "fix rate 185% is over"),
        (
            PAGE.read_text("utf-8").replace("ID: policy/", "ID: Policy Pages/"),
            "the draft would not pass the schema",
        ),
        ("just some text\nwith no structure at all\n", "not an ErrorCanon page"),
        (b"\xff\xfe\x00binary", "not UTF-8 text"),
    ],
)
def test_a_malformed_page_gets_one_line_and_exit_2(
    tmp_path: Path, content: str | bytes, message: str
) -> None:
    page = tmp_path / "page.txt"
    if isinstance(content, bytes):
        page.write_bytes(content)
    else:
        page.write_text(content, encoding="utf-8")
    out_dir = tmp_path / "out"
    code, out, err = _import(out_dir, PAGE, page)
    assert (code, out) == (2, "")
    assert err.startswith(f"ci-error: {page}: ") and err.count("\n") == 1, err
    assert message in err
    assert not out_dir.exists(), "nothing is written unless every page is good"


def test_unreadable_pages_get_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _import(tmp_path, tmp_path / "missing.txt")[2] == (
        f"ci-error: {tmp_path / 'missing.txt'}: no such file\n"
    )
    assert _import(tmp_path, tmp_path)[2] == f"ci-error: {tmp_path}: is a directory\n"
    assert run("import", "errorcanon")[0] == 2  # argparse writes to the real stderr
    assert capsys.readouterr().err == "ci-error: the following arguments are required: FILE\n"
