/** `--help` texts, one per command. */
export const helpTexts: Record<string, string> = {
  main: `Usage: postwright [DIR]
       postwright <command> [options]

Postwright: write Markdown blog posts with front matter, offline.

  postwright [DIR]              open DIR (default: your last workspace) in the desktop app
  postwright serve [options]    run the same app in your browser, on 127.0.0.1
  postwright list DIR           list the posts of a folder
  postwright new DIR TITLE      create a post
  postwright export ...         export posts into a blog repository

Options:
  -h, --help                    show help (also: postwright <command> --help)
  -v, --version                 show the version

Messages in the terminal are in English; the app itself speaks English and Simplified Chinese.
Exit codes: 0 success, 1 error, 2 wrong usage, 3 export wrote nothing because a file in the
repository would be overwritten (see postwright export --help).
`,
  serve: `Usage: postwright serve [--workspace DIR] [--port N] [--lang en|zh-CN]

Serves Postwright to your browser on 127.0.0.1 only and prints the URL to open (it contains a
one-time token). Stop it with Ctrl+C.

Options:
  -w, --workspace DIR   the folder of posts (default: your last workspace, else a sample)
  -p, --port N          the port (default: a free one)
  -l, --lang LANG       the interface language: en or zh-CN (default: the browser's)
  -h, --help            show this help

--lang sets the language of the app in the browser; what postwright prints in the terminal is
in English, like every postwright command.
`,
  list: `Usage: postwright list DIR [--json]

Lists the posts below DIR: date, title and path (drafts are marked).

Options:
  --json       print the entries as JSON
  -h, --help   show this help
`,
  new: `Usage: postwright new DIR TITLE [--date DATE] [--draft] [--folder SUBDIR]

Creates a post in DIR from the workspace's template and prints its path. The file name is the date
and a slug of the title (Chinese titles become pinyin); an existing file is never overwritten.
TITLE must not be blank.

Options:
  --date DATE      the date to write (default: now): 2025-03-01, "2025-03-01 10:00:00" or
                   2025-03-01T10:00:00+08:00; a date not on the calendar is refused
  --draft          mark the post as a draft
  --folder SUBDIR  the folder inside DIR (default: the workspace's posts folder)
  -h, --help       show this help
`,
};
