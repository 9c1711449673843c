"""Every sentence the bot or the command line says to a person, in English and Chinese.

Look strings up with :func:`say`; a key missing in Chinese falls back to English.
"""

from __future__ import annotations

from typing import Any, Literal

Lang = Literal["en", "zh"]
LANGS: tuple[Lang, ...] = ("en", "zh")

_EN: dict[str, str] = {
    # cards
    "root_cause": "Root cause",
    "workarounds": "Workarounds",
    "dead_ends": "Dead ends (don't try)",
    "versions": "Versions",
    "docs": "Docs",
    "matched_line": "Matched line {line_no}",
    "success_estimate": "{pct}% success (estimate)",
    "success_refined": "{prior}% est. → {pct}% · {up} 👍 / {down} 👎",
    "fail_estimate": "{pct}% fail (estimate)",
    "success_voted": "{pct}% success · {up} 👍 / {down} 👎",
    "likely_dead_end": "⚠️ Votes say this rarely works: likely a dead end.",
    "review_note": "Review note: {note}",
    "estimates_note": (
        "The percentages are the catalog's estimates until people vote (reports behind "
        "them: {evidence})."
    ),
    "vote_rule": (
        "👍 / 👎: one vote per person; the other button moves your vote, the same one keeps it."
    ),
    "first_seen": "first seen {date}",
    "hits_line": "matched {day}× in 24 h · {week}× in 7 d · {month}× in 30 d",
    "last_seen": "last {when}",
    "trimmed": "… (the rest under *More workarounds*)",
    "runner_ups": "Also possible:",
    "fallback_text": "CI error recognised: {title} ({entry_id}).",
    "button_docs": "Official docs",
    "button_share": "Share in channel",
    "button_wrong": "Wrong match",
    "button_up": "👍 Worked",
    "button_down": "👎 Didn't",
    "version_row": "{component}: {status}",
    "introduced": "introduced {value}",
    "deprecated": "deprecated {value}",
    "estimate_word": "estimate",
    "figures_line": (
        "confidence {confidence}%{estimate} · fix rate {fix_rate}%{estimate} · {evidence} reports"
    ),
    "verified": "checked against the vendor's docs on {date}",
    "unverified": "not yet checked against the vendor's docs",
    "provenance_line": "{origin}, {status}",
    "origin_ai_generated": "machine-written",
    "origin_curated": "written by people",
    "origin_community": "from the community",
    "origin_vendor": "from the vendor",
    "status_partial": "partly checked",
    "status_verified": "checked",
    "status_draft": "a draft",
    "status_deprecated": "out of date",
    "match_exact": "exact match",
    "match_likely": "likely match",
    "seen_week": "seen {week}× this week",
    "cause_label": "Cause",
    "try_first": "Try first",
    "dont_line": "⛔ *Don't {title}* — fails {pct}% ({estimate})",
    "button_more_workarounds": "More workarounds ({count})",
    "button_more_dead_ends": "More dead ends ({count})",
    "button_details": "Details",
    "unverified_advice": "Unverified advice (a reviewer doubts it)",
    "view_workarounds": "Workarounds",
    "view_dead_ends": "Dead ends",
    "view_details": "Details",
    "view_entry": "Also possible",
    "view_close": "Close",
    "view_failed": "Couldn't open that ({reason}); please try again.",
    # answers
    "no_match": "No known CI error recognised in this text.",
    "same_error_above": "↑ Same error as the card above in this thread: *{title}*.",
    "no_match_line": "The line that looks most like the error: `{line}`",
    "near_misses": "Nearest candidates (below the threshold):",
    "usage": (
        "*Usage*\n"
        "• `/ci-error <error text or log>`: recognise a CI error\n"
        "• `/ci-error lang:zh <text>`: answer in Chinese\n"
        "• `/ci-error show <id>`: show an entry\n"
        "• `/ci-error help`: this message\n"
        "Paste a log in a support channel, or use the *Diagnose CI error* shortcut on "
        "any message, including thread replies."
    ),
    "unknown_entry": "No catalog entry has the id `{entry_id}`.",
    "empty_text": "There is no text to diagnose: paste the error after the command.",
    "vote_thanks": "Thanks, your vote is recorded.",
    "vote_unchanged": "You had already voted so; your vote stands.",
    "vote_changed": "Thanks, your vote is changed.",
    "vote_not_recorded": "Your vote was not recorded, please try again.",
    "vote_unconfirmed": (
        "Your vote could not be confirmed (the store is slow). Clicking again is safe: "
        "a vote never counts twice."
    ),
    "busy": "ci-error is busy right now; please try again in a minute.",
    "job_failed": "Something went wrong on our side; it has been logged (ref `{ref}`).",
    "share_failed": "Couldn't share the card in this channel ({reason}).",
    "vote_invalid": "That button names no known workaround; nothing was recorded.",
    "wrong_match_thanks": "Thanks: the match is flagged for review.",
    "file_unreadable": "Couldn't read the file `{name}`: {reason}",
    "file_too_large": "the file is larger than {limit} MB",
    "file_auth_failed": "Slack refused the download (the bot may lack the files:read scope)",
    "file_binary": "it is not a text file",
    "file_http_error": "Slack answered HTTP {status}",
    "file_network_error": "the download failed",
    "shared_by": "Shared by <@{user}>",
    # pastes that show no cause
    "wrapper_title": "This shows that something failed, not why",
    "wrapper_meaning": (
        "`{line}` only says that a step failed. The cause is printed *above* this line, "
        "or elsewhere in the full log."
    ),
    "wrapper_cut": "This excerpt shows no error: the failure is further on (or above) in the log.",
    "wrapper_paste": (
        "*Paste instead:* the 30–50 lines above the failure, the log file, or the link to the run."
    ),
    "wrapper_where": "*Where the full log is:* {where}",
    "wrapper_tool": "*In that log:* {hint}",
    "where_generic": (
        "in your CI's page for the failed job: open its raw or complete log, search for the "
        "first `error`, and copy from a few lines above it."
    ),
    "where_github": (
        "open the run, the failed job, then the failed step; ⋯ (top right) → *View raw logs*."
    ),
    "where_github-azure": (
        "GitHub Actions: open the run, the failed job, then the failed step; ⋯ (top right) → "
        "*View raw logs*. Azure Pipelines: open the run and the failed job; ⋯ → *View raw log*."
    ),
    "where_gitlab": "open the job; *Show complete raw* (the page icon above the log).",
    "where_jenkins": "open the build; *Console Output* (→ *View as plain text*).",
    "where_azure": "open the run and the failed job; ⋯ → *View raw log*.",
    "where_circleci": "open the job and the failed step; *Download step output*.",
    "where_travis": "open the job; *Raw log*.",
    "where_netlify": "*Deploys* → the failed deploy → *Deploy log*.",
    "where_vercel": "*Deployments* → the failed deployment → *Building* (the build logs).",
    "where_teamcity": (
        "the build's *Build Log* tab (*Show: All messages*), or *Download full build log*."
    ),
    "where_amplify": (
        "the app's *Hosting* → the failed build → *Build* / *Deploy* logs (*Download logs*)."
    ),
    "where_github-pages": (
        "*Settings* → *Pages* names the last build; with GitHub Actions as the source, open "
        "the *pages build and deployment* run in *Actions*."
    ),
    "where_readthedocs": "the project's *Builds* tab → the failed build → *View raw*.",
    "where_render": "the service's *Events* → the failed deploy → *Logs*.",
    "where_heroku": "the app's *Activity* tab → the failed build → *View build log*.",
    "where_railway": "the service's *Deployments* → the failed deployment → *Build Logs*.",
    "where_fly": "the output of `fly deploy` above this, or `fly logs -a <app>` for the release.",
    "where_firebase": (
        "run the same command with `--debug`; the full log is in `firebase-debug.log`."
    ),
    "where_cloudflare": (
        "*Workers & Pages* → the project → the failed deployment → *View build log*."
    ),
    "where_appveyor": "the job's *Console* tab (*Log* → download the whole log).",
    "where_bitrise": "the build page → *Logs* → *Download log*.",
    "where_buildkite": "the job → *Log* → *Download* (or *Raw log*).",
    "where_bitbucket": "the pipeline → the failed step → *Download raw log* (⋯).",
    "where_cloudbuild": (
        "the build in the Cloud console (*Build log* → *Download*), or `gcloud builds log <id>`."
    ),
    "where_codebuild": "the build run → *Build logs* → *View entire log* (CloudWatch).",
    "where_prow": "the job's page on Prow (Spyglass) → *Artifacts* → `build-log.txt`.",
    "where_scalingo": (
        "the app's *Deploy* tab in the dashboard → the failed deployment (its build and deploy "
        "log), or `scalingo --app <app> deployment-logs <deployment id>` (the ids: "
        "`scalingo --app <app> deployments`); what the app printed at boot is in its logs "
        "(`scalingo --app <app> logs`)."
    ),
    "where_cloudfoundry": (
        "`cf logs <app> --recent`: the staging log (its `[STG/…]` lines) has the buildpack's "
        "own error above this line; on a CI system, the job's log of `cf push`."
    ),
    "where_gocd": (
        "the job's page on the GoCD server → *Console* tab (the same log is the job's "
        "`cruise-output/console.log` artifact)."
    ),
    "where_act": (
        "the output of `act` above this line (each line starts with `[workflow/job]`); "
        "run `act -v` to see every step's full output."
    ),
    "tool_npm": (
        "npm's own error is above the `npm ERR!` lines; the full debug log is at the path "
        "npm prints after `A complete log of this run can be found in`."
    ),
    "tool_yarn": (
        "the script's own output is above the `Command failed` line; for a package that "
        "`couldn't be built successfully`, it is in the `build.log` that line names."
    ),
    "tool_cargo": (
        "the failed tests and their output are above `error: test failed`; if the run stops "
        "with no `test result:` line, the test binary crashed: re-run that target with "
        "`cargo test --test <name> -- --test-threads=1 --nocapture`."
    ),
    "tool_rustc": (
        "rustc's `error[E…]` lines are above `could not compile`; for a build script "
        "(`build.rs`), its output is under `--- stderr` above `process didn't exit successfully`."
    ),
    "tool_linker": (
        "the linker's own message (`undefined reference`, `cannot find -l…`, `LNK…`) ends "
        "rustc's `= note:` after the long command line, or is just above collect2's line."
    ),
    "tool_fastlane": (
        "fastlane's own error is the red `[!]` line above its summary table, and the action's "
        "output is above that; re-run the lane with `--verbose` to see the command it ran."
    ),
    "tool_msbuild": (
        "the `error` lines (`error CS…`, `error MSB…`) above the first `-- FAILED.` line, or "
        "the error list at the end of the build, after `Build FAILED.`."
    ),
    "tool_unreal": (
        "the commandlet's own `Error:` lines (`LogCook: Error:`, `LogInit: Error:`) in the editor "
        "log that AutomationTool names (`see log …`, `Log.txt`), above its "
        "`Failure - N error(s)` summary."
    ),
    "tool_pnpm": "the failing script's output is above the `ELIFECYCLE` line.",
    "tool_turbo": "the failing task's output is above `run failed`; run that task alone to see it.",
    "tool_make": "the failing command's output is above the `make: ***` line.",
    "tool_zig": (
        "each failed step's own error (`error:` with its file and line, or the failed test) is "
        "above the `Build Summary:` line; the tree under it only names the steps."
    ),
    "tool_pip": (
        "pip's own error is the last line of the traceback under `ERROR: Exception:` (the "
        "exception's type and message); paste the traceback to its end, or re-run pip with "
        "`-v`, or with `--log pip.log` for a log at full verbosity."
    ),
    "tool_pytest": (
        "pytest prints each failure and error in its `FAILURES` and `ERRORS` sections above the "
        "summary line, and lists them under `short test summary info`."
    ),
    "tool_task": "the failing command's output is above task's first `Failed to run task` line.",
    "tool_uv": (
        "uv prints the build backend's own output just below `Failed to build`, under "
        "`[stderr]` and `[stdout]`; the lines above it only say which package was being built."
    ),
    "tool_capistrano": (
        "Capistrano prints the exception that stopped it just below `cap aborted!` "
        "(the task and host are in its trace); re-run with `--trace` for the whole trace."
    ),
    "tool_ninja": "the compiler's error is just below the command under `FAILED:`.",
    "tool_julia": (
        "each package's own error is printed under `Failed to precompile`: run "
        "`import Pkg; Pkg.precompile()` (or look at `julia> err`); a stack trace into Pkg's "
        "precompilation code is Pkg's, not the package's."
    ),
    "tool_nimble": (
        "the task's own error is above nimble's `Exception raised` line, or hidden: re-run the "
        "task with `--verbose`."
    ),
    "tool_bazel": (
        "the failing action's own output is above its `ERROR:` line; re-run with "
        "`--verbose_failures` for the command."
    ),
    "tool_ant": (
        "the failing task's message is at the end of the chain of `The following error` lines."
    ),
    "tool_gradle": (
        "the `* What went wrong:` section, and the task's output above `FAILURE: Build "
        "failed`; run with `--stacktrace` for more."
    ),
    "tool_maven": "the `[ERROR]` lines above `BUILD FAILURE`; re-run with `-e` for the stack.",
    "tool_xcode": (
        "the lines above `** BUILD FAILED **` that start with "
        "`error:` (xcpretty hides them: look at the raw xcodebuild "
        "log)."
    ),
    "tool_docker": "the output of that `RUN` step, just above this line.",
    "tool_bundler": (
        "the gem's own error, above this line (for a native extension, `Gem::Ext::BuildError` "
        "and the compiler's output, or the `mkmf.log` it names); run the `gem install <gem> -v "
        "<version>` Bundler suggests to see it."
    ),
    "tool_composer": (
        "the output of the script Composer ran (the command after `> ` above this line); run "
        "it alone, or `composer run-script <event> -vvv`, to see it."
    ),
    "tool_cmake": (
        "CMake's own `CMake Error at …` lines, in its output (an IDE's CMake console, or "
        "`CMakeFiles/CMakeError.log` / `CMakeConfigureLog.yaml` in the build directory); "
        "run `cmake` in a terminal to see them."
    ),
    "tool_cocoapods": (
        "CocoaPods' own `[!]` error, in the output of `pod install` above this line; run "
        "`pod install --verbose` in the `ios/` directory to see it."
    ),
    "tool_scons": (
        "SCons' `scons: *** [target] Error N` line and, above it, the output of the command "
        "that built that target."
    ),
    "tool_ansible": (
        "the task result's `msg`, `stderr` and `stdout` fields in the JSON after this line; "
        "run the playbook with `-v` to see them if they are cut."
    ),
    "tool_cloudformation": (
        "the stack's events: the earliest `CREATE_FAILED` or `UPDATE_FAILED` whose reason is "
        "not `Resource creation cancelled` names the resource and why (`aws cloudformation "
        "describe-stack-events --stack-name <stack>` lists them newest first); for a nested "
        "stack, that stack's own events."
    ),
    # user-code failures
    "user_code_note": (
        "🧪 *Most likely a failure in the code or tests being built, not in CI.* "
        "Check that the failing file or test is your project's own: when it is a "
        "dependency's, an SDK's or a tool's, suspect the build environment instead. "
        "The workarounds are the usual suspects when it passes locally."
    ),
    "user_code_failed": "What failed",
    "user_code_reproduce": "Reproduce locally",
    # CI runs read from their links
    "run_not_link": (
        "not a link to a CI run, pipeline, job or build that ci-error reads "
        "(GitHub Actions, GitLab, Jenkins)"
    ),
    "run_no_token": "set {variable} to read {system} links",
    "run_other_host": (
        "set {variable} to read {system} links on {host} (it is set for {configured})"
    ),
    "run_not_public": "{path} is not public: list it or its owner in CI_LINK_ALLOW to read it",
    "run_not_allowed": "{path} is not allowed by CI_LINK_ALLOW",
    "run_not_failed": "the {kind} did not fail ({status})",
    "run_in_progress": "the {kind} is still running and no job has failed yet",
    "run_no_failed_jobs": "the {kind} failed, but none of its jobs did (it failed before they ran)",
    "run_not_found": "not found, or not visible with {variable} (404)",
    "run_unauthorized": "{system} refused {variable} (401): check the token",
    "run_forbidden": "{system} refused access (403): {variable} may lack the permission",
    "run_rate_limited": "{system} rate limit, try again after {when}",
    "run_log_gone": "the log of {job} is no longer available (410)",
    "run_http_error": "{system} answered HTTP {status}",
    "run_network": "could not reach {host} ({detail})",
    "run_deadline": "deadline exceeded: reading the run took more than {seconds} s (RUN_DEADLINE)",
    "run_bad_answer": "{system} gave an answer ci-error does not understand ({detail})",
    "run_bad_redirect": "{system} redirected to a URL that is not followed ({detail})",
    "run_log_truncated": "log larger than {limit} MB: read the last {limit} MB",
    "run_more_jobs": "{count} more failed jobs were not read",
    "run_title": "Failed jobs in this run: {count}",
    "run_step": "step {step}",
    "run_no_known_error": "no known error",
    "run_none_known": "No known CI error in the failed jobs' logs.",
    "run_show_job": "Show: {job}",
    # proposing an entry from Slack
    "propose_entry": "Know the fix? Propose an entry: it helps the next person at once.",
    "button_propose": "Propose an entry",
    "propose_title": "Propose an entry",
    "propose_submit": "Propose",
    "propose_intro": (
        "Describe the error so that the next person who pastes it gets your answer. "
        "The entry is live at once as a *draft*; an admin reviews it."
    ),
    "field_line": "Error line (as the tool prints it)",
    "field_pattern": "Pattern (RE2, searched in each line)",
    "field_pattern_hint": (
        "Suggested from the line: variable parts (paths, versions, numbers) generalised. "
        "Keep the words that name this error."
    ),
    "field_category": "Category",
    "field_title": "Title",
    "field_root_cause": "Root cause",
    "field_workaround_title": "What fixed it (one line)",
    "field_workaround_steps": "Steps",
    "field_dead_end_title": "Something that does not help (optional)",
    "field_dead_end_reason": "Why it does not help",
    "category_custom": "custom (none of these)",
    "draft_required": "Please fill this in.",
    "draft_too_long": "At most {limit} characters.",
    "draft_too_short": "At least {limit} characters.",
    "draft_dead_end_reason": "Say why it does not help.",
    "draft_bad_category": "Pick a category from the list.",
    "draft_pattern_invalid": "This is not a valid RE2 pattern: {reason}",
    "draft_pattern_generic": (
        "Too broad: it also matches a line every CI log has (`{line}`). Keep the words "
        "that name this error."
    ),
    "draft_pattern_misses": "The pattern does not match the error line above.",
    "draft_line_known": "This line is already recognised as `{entry_id}`: see its card.",
    "draft_id_taken": "An entry `{entry_id}` exists already: choose another title.",
    "draft_too_many": "Too many drafts wait for review ({count}); ask an admin to review them.",
    "draft_not_saved": "The draft could not be saved (the store is unavailable); try again.",
    "draft_saved_title": "Draft saved",
    "draft_saved": (
        "Thanks! `{entry_id}` is live now as a draft: the next paste of this error gets "
        "your answer. An admin will review it."
    ),
    "draft_fact": "📝 Draft proposed by <@{user}>: not checked against the vendor's docs",
    "draft_no_figures": "no figures yet: vote to build them",
    "draft_dead_end": "⛔ Don't {title} (proposed, no figures yet).",
    "review_approved": "Approved `{entry_id}`. Export it with `ci-error drafts export`.",
    "review_rejected": "Rejected `{entry_id}`: it no longer matches.",
    "review_not_admin": "Only the admins named in SLACK_ADMIN_USERS review drafts.",
    "review_unknown": "That draft no longer exists.",
    # App Home
    "home_title": "ci-error",
    "home_intro": "I recognise CI failures and answer with the known fix.",
    "home_catalog_size": "The catalog knows *{count}* CI errors.",
    "home_top_matches": "Most matched this week",
    "home_top_gaps": "Most frequent unrecognised errors",
    "home_none": "Nothing yet.",
    "home_week_chart": "last 7 days, oldest first",
    "home_disagreements": "Where votes disagree with the estimate",
    "home_disagreement": "{prior}% est. → {pct}% after {votes} votes",
    "home_drafts": "Drafts to review",
    "home_draft_line": "`{entry_id}` by <@{user}>, {when}: {title}",
    "home_gaps_hint": "Know one of these? *Propose an entry* makes the next paste recognised.",
    "button_approve": "Approve",
    "button_reject": "Reject",
    "home_add_entry": (
        "*Add an entry*: propose it from a no-match answer, or write one YAML file per "
        "error in `catalog/<category>/<slug>.yaml` and check it with `ci-error lint`."
    ),
    # command line
    "cli_no_match": "no known CI error recognised",
    "cli_lint_ok": "catalog OK: {count} entries, {examples} examples",
}

_ZH: dict[str, str] = {
    "root_cause": "根本原因",
    "workarounds": "解决方法",
    "dead_ends": "无效做法(不要尝试)",
    "versions": "版本",
    "docs": "文档",
    "matched_line": "匹配的第 {line_no} 行",
    "success_estimate": "{pct}% 成功(估计)",
    "success_refined": "估计 {prior}% → {pct}% · {up} 👍 / {down} 👎",
    "fail_estimate": "{pct}% 失败(估计)",
    "success_voted": "成功率 {pct}% · {up} 👍 / {down} 👎",
    "likely_dead_end": "⚠️ 投票显示这个方法很少奏效:可能是无效做法。",
    "review_note": "审核备注:{note}",
    "estimates_note": "在有人投票之前,这些百分比都是目录的估计值(依据的报告数:{evidence})。",
    "vote_rule": "👍 / 👎:每人一票;点击另一个按钮可改票,再次点击同一按钮保持不变。",
    "first_seen": "首次出现 {date}",
    "hits_line": "24 小时内匹配 {day} 次 · 7 天内 {week} 次 · 30 天内 {month} 次",
    "last_seen": "最近一次 {when}",
    "trimmed": "…(其余内容见 *更多解决方法*)",
    "runner_ups": "其他可能:",
    "fallback_text": "识别到 CI 错误:{title}({entry_id})。",
    "button_docs": "官方文档",
    "button_share": "分享到频道",
    "button_wrong": "匹配错误",
    "button_up": "👍 有效",
    "button_down": "👎 无效",
    "introduced": "引入于 {value}",
    "deprecated": "弃用于 {value}",
    "estimate_word": "估计",
    "figures_line": (
        "置信度 {confidence}%{estimate} · 修复率 {fix_rate}%{estimate} · {evidence} 份报告"
    ),
    "verified": "已于 {date} 对照厂商文档核对",
    "unverified": "尚未对照厂商文档核对",
    "provenance_line": "{origin},{status}",
    "origin_ai_generated": "机器撰写",
    "origin_curated": "人工撰写",
    "origin_community": "来自社区",
    "origin_vendor": "来自厂商",
    "status_partial": "部分核对",
    "status_verified": "已核对",
    "status_draft": "草稿",
    "status_deprecated": "已过时",
    "match_exact": "精确匹配",
    "match_likely": "可能匹配",
    "seen_week": "本周出现 {week} 次",
    "cause_label": "原因",
    "try_first": "先试试",
    "dont_line": "⛔ *不要{title}* — 失败率 {pct}%({estimate})",
    "button_more_workarounds": "更多解决方法({count})",
    "button_more_dead_ends": "更多无效做法({count})",
    "button_details": "详情",
    "unverified_advice": "未经核实的建议(审核者有疑问)",
    "view_workarounds": "解决方法",
    "view_dead_ends": "无效做法",
    "view_details": "详情",
    "view_entry": "其他可能",
    "view_close": "关闭",
    "view_failed": "无法打开({reason});请重试。",
    "no_match": "没有在这段文本中识别到已知的 CI 错误。",
    "same_error_above": "↑ 与本话题中上面的卡片是同一个错误:*{title}*。",
    "no_match_line": "最像错误的一行:`{line}`",
    "near_misses": "最接近的候选(低于阈值):",
    "propose_entry": "知道解决方法?提议一个条目:下一个人立刻就能受益。",
    "button_propose": "提议条目",
    "propose_title": "提议条目",
    "propose_submit": "提交",
    "propose_intro": (
        "描述这个错误,让下一个粘贴它的人得到你的答案。条目会立即以*草稿*生效,由管理员审核。"
    ),
    "field_line": "错误行(工具打印的原文)",
    "field_pattern": "模式(RE2,在每一行中搜索)",
    "field_pattern_hint": (
        "根据错误行生成:可变部分(路径、版本、数字)已泛化。保留能指明这个错误的词。"
    ),
    "field_category": "类别",
    "field_title": "标题",
    "field_root_cause": "根本原因",
    "field_workaround_title": "解决方法(一行)",
    "field_workaround_steps": "步骤",
    "field_dead_end_title": "无效的做法(可选)",
    "field_dead_end_reason": "为什么无效",
    "category_custom": "custom(都不是)",
    "draft_required": "请填写此项。",
    "draft_too_long": "最多 {limit} 个字符。",
    "draft_too_short": "至少 {limit} 个字符。",
    "draft_dead_end_reason": "请说明为什么无效。",
    "draft_bad_category": "请从列表中选择类别。",
    "draft_pattern_invalid": "这不是有效的 RE2 模式:{reason}",
    "draft_pattern_generic": (
        "太宽泛:它也匹配每个 CI 日志都有的行(`{line}`)。请保留能指明这个错误的词。"
    ),
    "draft_pattern_misses": "模式没有匹配上面的错误行。",
    "draft_line_known": "这一行已被识别为 `{entry_id}`:请查看它的卡片。",
    "draft_id_taken": "条目 `{entry_id}` 已存在:请换一个标题。",
    "draft_too_many": "等待审核的草稿太多({count});请管理员先审核。",
    "draft_not_saved": "草稿未能保存(存储不可用);请重试。",
    "draft_saved_title": "草稿已保存",
    "draft_saved": (
        "谢谢!`{entry_id}` 已作为草稿生效:下一次粘贴这个错误就会得到你的答案。管理员会审核它。"
    ),
    "draft_fact": "📝 <@{user}> 提议的草稿:尚未对照厂商文档核对",
    "draft_no_figures": "暂无数据:投票来建立",
    "draft_dead_end": "⛔ 不要{title}(提议,暂无数据)。",
    "review_approved": "已批准 `{entry_id}`。用 `ci-error drafts export` 导出。",
    "review_rejected": "已拒绝 `{entry_id}`:它不再参与匹配。",
    "review_not_admin": "只有 SLACK_ADMIN_USERS 中的管理员可以审核草稿。",
    "review_unknown": "这个草稿已不存在。",
    "usage": (
        "*用法*\n"
        "• `/ci-error <错误文本或日志>`:识别 CI 错误\n"
        "• `/ci-error lang:zh <文本>`:用中文回答\n"
        "• `/ci-error show <id>`:显示条目\n"
        "• `/ci-error help`:显示本帮助\n"
        "也可以在支持频道中粘贴日志,或在任何消息(包括线程回复)上使用 *Diagnose CI error* 快捷方式。"
    ),
    "unknown_entry": "没有 id 为 `{entry_id}` 的目录条目。",
    "empty_text": "没有可诊断的文本:请在命令后粘贴错误。",
    "vote_thanks": "谢谢,您的投票已记录。",
    "vote_unchanged": "您之前已投过同样的票,投票保持不变。",
    "vote_changed": "谢谢,您的投票已更改。",
    "vote_not_recorded": "您的投票未被记录,请重试。",
    "vote_unconfirmed": "无法确认您的投票(存储响应缓慢)。再次点击是安全的:同一票不会被重复计算。",
    "busy": "ci-error 目前繁忙,请稍后再试。",
    "job_failed": "我们这边出了问题,已记录日志(编号 `{ref}`)。",
    "share_failed": "无法在此频道分享卡片({reason})。",
    "vote_invalid": "该按钮没有对应已知的解决方法;未记录任何内容。",
    "wrong_match_thanks": "谢谢:该匹配已标记待审核。",
    "file_unreadable": "无法读取文件 `{name}`:{reason}",
    "file_too_large": "文件大于 {limit} MB",
    "file_auth_failed": "Slack 拒绝了下载(机器人可能缺少 files:read 权限)",
    "file_binary": "这不是文本文件",
    "file_http_error": "Slack 返回了 HTTP {status}",
    "file_network_error": "下载失败",
    "shared_by": "由 <@{user}> 分享",
    "user_code_note": (
        "🧪 *这很可能是正在构建的代码或测试本身失败,而不是 CI 的问题。* "
        "请确认失败的文件或测试属于你的项目:如果属于依赖、SDK 或工具,应怀疑构建环境。"
        '下面的解决方法是"本地通过、CI 失败"时常见的排查方向。'
    ),
    "wrapper_title": "这里显示了失败,但没有显示原因",
    "wrapper_meaning": (
        "`{line}` 只说明某个步骤失败了。原因打印在这一行*上方*,或在完整日志的其他地方。"
    ),
    "wrapper_cut": "这段摘录里没有错误:失败出现在日志的更后面(或更前面)。",
    "wrapper_paste": "*请改为粘贴:* 失败处上方的 30–50 行、日志文件,或运行的链接。",
    "wrapper_where": "*完整日志在哪里:* {where}",
    "wrapper_tool": "*在该日志中:* {hint}",
    "where_generic": (
        "在 CI 中失败作业的页面上:打开原始或完整日志,搜索第一个 `error`,从它上方几行开始复制。"
    ),
    "where_github": "打开该运行、失败的作业和失败的步骤;右上角 ⋯ → *View raw logs*。",
    "where_github-azure": (
        "GitHub Actions:打开该运行、失败的作业和失败的步骤;右上角 ⋯ → *View raw logs*。"
        "Azure Pipelines:打开该运行和失败的作业;⋯ → *View raw log*。"
    ),
    "where_gitlab": "打开作业;点击日志上方的 *Show complete raw*。",
    "where_jenkins": "打开该构建;*Console Output*(→ *View as plain text*)。",
    "where_azure": "打开该运行和失败的作业;⋯ → *View raw log*。",
    "where_circleci": "打开作业和失败的步骤;*Download step output*。",
    "where_travis": "打开作业;*Raw log*。",
    "where_netlify": "*Deploys* → 失败的部署 → *Deploy log*。",
    "where_vercel": "*Deployments* → 失败的部署 → *Building*(构建日志)。",
    "where_teamcity": (
        "构建的 *Build Log* 标签页(*Show: All messages*),或 *Download full build log*。"
    ),
    "where_amplify": "应用的 *Hosting* → 失败的构建 → *Build* / *Deploy* 日志(*Download logs*)。",
    "where_github-pages": (
        "*Settings* → *Pages* 会显示最近一次构建;若来源是 GitHub "
        "Actions,在 *Actions* 中打开 *pages build and deployment* "
        "运行。"
    ),
    "where_readthedocs": "项目的 *Builds* 标签页 → 失败的构建 → *View raw*。",
    "where_render": "服务的 *Events* → 失败的部署 → *Logs*。",
    "where_heroku": "应用的 *Activity* 标签页 → 失败的构建 → *View build log*。",
    "where_railway": "服务的 *Deployments* → 失败的部署 → *Build Logs*。",
    "where_fly": "上方 `fly deploy` 的输出,或用 `fly logs -a <app>` 查看该版本的日志。",
    "where_firebase": "加上 `--debug` 重新运行同一命令;完整日志在 `firebase-debug.log` 中。",
    "where_cloudflare": "*Workers & Pages* → 项目 → 失败的部署 → *View build log*。",
    "where_appveyor": "作业的 *Console* 标签页(*Log* → 下载完整日志)。",
    "where_bitrise": "构建页面 → *Logs* → *Download log*。",
    "where_buildkite": "作业 → *Log* → *Download*(或 *Raw log*)。",
    "where_bitbucket": "流水线 → 失败的步骤 → ⋯ 中的 *Download raw log*。",
    "where_cloudbuild": (
        "Cloud 控制台中的该构建(*Build log* → *Download*),或 `gcloud builds log <id>`。"
    ),
    "where_codebuild": "该构建运行 → *Build logs* → *View entire log*(CloudWatch)。",
    "where_prow": "该作业在 Prow 上的页面(Spyglass)→ *Artifacts* → `build-log.txt`。",
    "where_scalingo": (
        "控制台中应用的 *Deploy* 标签页 → 失败的部署(其构建与部署日志),或 "
        "`scalingo --app <app> deployment-logs <deployment id>`(部署 id 见 "
        "`scalingo --app <app> deployments`);应用启动时打印的内容在其日志中"
        "(`scalingo --app <app> logs`)。"
    ),
    "where_cloudfoundry": (
        "`cf logs <app> --recent`:暂存(staging)日志(`[STG/…]` 行)中在此行之上有 buildpack "
        "自己的错误;在 CI 系统上,看运行 `cf push` 的作业日志。"
    ),
    "where_gocd": (
        "GoCD 服务器上该作业的页面 → *Console* 标签页(同一日志也是该作业的 "
        "`cruise-output/console.log` 制品)。"
    ),
    "where_act": (
        "这一行上方 `act` 的输出(每行以 `[workflow/job]` 开头);"
        "用 `act -v` 运行可看到每个步骤的完整输出。"
    ),
    "tool_npm": (
        "npm 自身的错误在 `npm ERR!` 行的上方;完整调试日志位于 npm 在"
        " `A complete log of this run can be found in` "
        "之后打印的路径。"
    ),
    "tool_yarn": (
        "脚本自己的输出在 `Command failed` 这一行上方;若某个包 `couldn't be built successfully`,"
        "输出在该行给出的 `build.log` 中。"
    ),
    "tool_cargo": (
        "失败的测试及其输出在 `error: test failed` 上方;若运行没有 `test result:` 行就结束,"
        "说明测试程序崩溃了:用 `cargo test --test <name> -- --test-threads=1 --nocapture` "
        "单独重跑该目标。"
    ),
    "tool_rustc": (
        "rustc 的 `error[E…]` 行在 `could not compile` 上方;如果是构建脚本(`build.rs`),"
        "它的输出在 `process didn't exit successfully` 上方的 `--- stderr` 之下。"
    ),
    "tool_linker": (
        "链接器自己的报错(`undefined reference`、`cannot find -l…`、`LNK…`)在 rustc 的 "
        "`= note:` 中那条长命令行之后的末尾,或就在 collect2 那一行的上方。"
    ),
    "tool_fastlane": (
        "fastlane 自己的错误是汇总表上方那条红色的 `[!]` 行,动作的输出在它上方;"
        "加上 `--verbose` 重新运行该 lane,可看到它执行的命令。"
    ),
    "tool_msbuild": (
        "第一条 `-- FAILED.` 行上方的 `error` 行(`error CS…`、`error MSB…`),"
        "或构建末尾 `Build FAILED.` 之后的错误列表。"
    ),
    "tool_unreal": (
        "在 AutomationTool 指出的编辑器日志(`see log …`、`Log.txt`)中,"
        "`Failure - N error(s)` 汇总上方该 commandlet 自己的 `Error:` 行"
        "(`LogCook: Error:`、`LogInit: Error:`)。"
    ),
    "tool_pnpm": "失败脚本的输出在 `ELIFECYCLE` 这一行上方。",
    "tool_turbo": "失败任务的输出在 `run failed` 上方;单独运行该任务即可看到。",
    "tool_make": "失败命令的输出在 `make: ***` 这一行上方。",
    "tool_zig": (
        "每个失败步骤自己的错误(带文件和行号的 `error:`,或失败的测试)在 `Build Summary:` 这一行"
        "上方;其下的树只列出步骤名。"
    ),
    "tool_pip": (
        "pip 自身的错误是 `ERROR: Exception:` 下方回溯的最后一行(异常的类型和消息);"
        "请把回溯粘贴到结尾,或加上 `-v` 重新运行 pip,或用 `--log pip.log` 记录最详细的日志。"
    ),
    "tool_pytest": (
        "pytest 把每个失败和错误打印在汇总行上方的 `FAILURES` 和 `ERRORS` 部分,"
        "并在 `short test summary info` 下列出。"
    ),
    "tool_task": "失败命令的输出在 task 的第一行 `Failed to run task` 上方。",
    "tool_uv": (
        "uv 把构建后端自己的输出打印在 `Failed to build` 正下方的 `[stderr]` 和 `[stdout]` 之下;"
        "它上方的行只说明正在构建哪个包。"
    ),
    "tool_capistrano": (
        "Capistrano 把使它中止的异常打印在 `cap aborted!` 正下方(任务和主机在其调用栈中);"
        "用 `--trace` 重新运行可看到完整调用栈。"
    ),
    "tool_ninja": "编译器的报错就在 `FAILED:` 下面那条命令之后。",
    "tool_julia": (
        "每个包自身的报错打印在 `Failed to precompile` 下面:运行 "
        "`import Pkg; Pkg.precompile()`(或查看 `julia> err`);"
        "指向 Pkg 预编译代码的堆栈属于 Pkg,不是包的报错。"
    ),
    "tool_nimble": (
        "任务自身的报错在 nimble 的 `Exception raised` 行上方,或被隐藏:"
        "加上 `--verbose` 重新运行该任务。"
    ),
    "tool_bazel": (
        "失败动作自身的输出在它的 `ERROR:` 行上方;加上 `--verbose_failures` 重新运行可看到命令。"
    ),
    "tool_ant": "失败任务的信息在一串 `The following error` 行的最后。",
    "tool_gradle": (
        "`* What went wrong:` 部分,以及 `FAILURE: Build failed` "
        "上方该任务的输出;加上 `--stacktrace` 可看到更多。"
    ),
    "tool_maven": "`BUILD FAILURE` 上方的 `[ERROR]` 行;加上 `-e` 重新运行可看到调用栈。",
    "tool_xcode": (
        "`** BUILD FAILED **` 上方以 `error:` 开头的行(xcpretty "
        "会隐藏它们:请查看原始 xcodebuild 日志)。"
    ),
    "tool_docker": "就在这一行上方,那个 `RUN` 步骤的输出。",
    "tool_bundler": (
        "该 gem 自己的错误,在这一行上方(原生扩展则是 `Gem::Ext::BuildError` 及编译器的输出,"
        "或它指出的 `mkmf.log`);运行 Bundler 建议的 `gem install <gem> -v <version>` 即可看到。"
    ),
    "tool_composer": (
        "Composer 所运行脚本的输出(这一行上方 `> ` 之后的命令);单独运行它,"
        "或运行 `composer run-script <event> -vvv`,即可看到。"
    ),
    "tool_cmake": (
        "CMake 自己的 `CMake Error at …` 行在它的输出中(IDE 的 CMake 控制台,或构建目录中的 "
        "`CMakeFiles/CMakeError.log` / `CMakeConfigureLog.yaml`);在终端中运行 `cmake` 即可看到。"
    ),
    "tool_cocoapods": (
        "CocoaPods 自己的 `[!]` 错误在这一行上方 `pod install` 的输出中;"
        "在 `ios/` 目录下运行 `pod install --verbose` 即可看到。"
    ),
    "tool_scons": "SCons 的 `scons: *** [target] Error N` 行,以及它上方构建该目标的命令的输出。",
    "tool_ansible": (
        "这一行之后 JSON 中任务结果的 `msg`、`stderr` 和 `stdout` 字段;"
        "如果被截断,用 `-v` 运行 playbook 即可看到。"
    ),
    "tool_cloudformation": (
        "该堆栈的事件:最早的、原因不是 `Resource creation cancelled` 的 `CREATE_FAILED` 或 "
        "`UPDATE_FAILED` 事件写明了哪个资源以及原因(`aws cloudformation describe-stack-events "
        "--stack-name <stack>` 按从新到旧列出);嵌套堆栈则看它自己的事件。"
    ),
    "user_code_failed": "失败的内容",
    "user_code_reproduce": "在本地复现",
    "run_not_link": (
        "这不是 ci-error 能读取的 CI 运行、流水线、作业或构建链接(GitHub Actions、GitLab、Jenkins)"
    ),
    "run_no_token": "请设置 {variable} 以读取 {system} 链接",
    "run_other_host": (
        "请设置 {variable} 以读取 {host} 上的 {system} 链接(当前设置的是 {configured})"
    ),
    "run_not_public": "{path} 不是公开的:请在 CI_LINK_ALLOW 中列出它或它的所有者",
    "run_not_allowed": "CI_LINK_ALLOW 不允许读取 {path}",
    "run_not_failed": "该 {kind} 没有失败({status})",
    "run_in_progress": "该 {kind} 仍在运行,还没有失败的作业",
    "run_no_failed_jobs": "该 {kind} 失败了,但没有失败的作业(在作业运行之前就失败了)",
    "run_not_found": "未找到,或 {variable} 无权查看(404)",
    "run_unauthorized": "{system} 拒绝了 {variable}(401):请检查令牌",
    "run_forbidden": "{system} 拒绝访问(403):{variable} 可能缺少权限",
    "run_rate_limited": "{system} 触发速率限制,请在 {when} 之后重试",
    "run_log_gone": "{job} 的日志已不可用(410)",
    "run_http_error": "{system} 返回了 HTTP {status}",
    "run_network": "无法连接 {host}({detail})",
    "run_deadline": "超时:读取运行超过了 {seconds} 秒(RUN_DEADLINE)",
    "run_bad_answer": "{system} 的回答无法理解({detail})",
    "run_bad_redirect": "{system} 重定向到一个不会跟随的地址({detail})",
    "run_log_truncated": "日志大于 {limit} MB:只读取了最后 {limit} MB",
    "run_more_jobs": "还有 {count} 个失败的作业没有读取",
    "run_title": "该运行中失败的作业:{count} 个",
    "run_step": "步骤 {step}",
    "run_no_known_error": "没有已知错误",
    "run_none_known": "失败作业的日志中没有已知的 CI 错误。",
    "run_show_job": "查看:{job}",
    "home_intro": "我能识别 CI 失败并给出已知的解决方法。",
    "home_catalog_size": "目录中共有 *{count}* 个 CI 错误。",
    "home_top_matches": "本周最常匹配",
    "home_top_gaps": "最常见的未识别错误",
    "home_none": "暂无。",
    "home_week_chart": "最近 7 天,从早到晚",
    "home_disagreements": "投票与估计分歧最大的解决方法",
    "home_disagreement": "估计 {prior}% → 投票 {votes} 次后 {pct}%",
    "home_drafts": "待审核的草稿",
    "home_draft_line": "`{entry_id}`,<@{user}> 提议,{when}:{title}",
    "home_gaps_hint": "知道其中某个?*提议条目*,下次粘贴就能被识别。",
    "button_approve": "批准",
    "button_reject": "拒绝",
    "home_add_entry": (
        "*添加条目*:在未识别的回答中提议,或在 `catalog/<category>/<slug>.yaml` 中每个错误写一个 "
        "YAML 文件,并用 `ci-error lint` 检查。"
    ),
    "cli_no_match": "没有识别到已知的 CI 错误",
}

_TABLES: dict[Lang, dict[str, str]] = {"en": _EN, "zh": _ZH}


def say(key: str, lang: Lang = "en", **values: Any) -> str:
    """The sentence ``key`` in ``lang`` with ``values`` filled in."""
    template = _TABLES[lang].get(key) or _EN[key]
    return template.format(**values) if values else template
