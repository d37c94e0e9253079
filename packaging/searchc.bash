# bash completion for searchc: its commands, their options, and the database ids that --to and
# --from take. tests/packaging_test.cpp holds each list to the program (cli/app.cpp and the
# registry of databases): one word a list item, one command a line of `options`.

_searchc() {
  local cur prev words cword
  _init_completion || return

  local commands="check compile appendix import review fmt mesh explain targets serve"
  # The ids of `searchc targets`, and those of them that `searchc import --from` reads.
  local databases="central ctgov ictrp inahta embase epistemonikos ovid pubmed cinahl psycinfo-ebsco wos embase-ovid psycinfo-ovid scopus proquest lilacs gscholar"
  local syntaxes="central inahta embase ovid pubmed cinahl psycinfo-ebsco wos embase-ovid psycinfo-ovid scopus proquest lilacs"
  local global="--color --help --version"

  # The command: the first word after searchc that is not an option or --color's value.
  local command="" i
  for ((i = 1; i < cword; i++)); do
    case ${words[i]} in
      --color) ((i++)) ;;
      -*) ;;
      *) command=${words[i]}; break ;;
    esac
  done

  case $prev in
    --to)
      # A comma-separated list: complete the id after the last comma.
      local done_ids=${cur%"${cur##*,}"}
      COMPREPLY=($(compgen -P "$done_ids" -W "$databases all" -- "${cur##*,}"))
      compopt -o nospace
      return ;;
    --from) COMPREPLY=($(compgen -W "$syntaxes" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --dump) COMPREPLY=($(compgen -W "ast lowered" -- "$cur")); return ;;
    --mesh-form) COMPREPLY=($(compgen -W "line inline" -- "$cur")); return ;;
    --format)
      case $command in
        appendix) COMPREPLY=($(compgen -W "md html json" -- "$cur")) ;;
        review) COMPREPLY=($(compgen -W "text md html json" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
      esac
      return ;;
    -o | --output) _filedir; return ;;
    --host | --port) return ;;
  esac

  local options=""
  case $command in
    "") COMPREPLY=($(compgen -W "$commands $global" -- "$cur")); return ;;
    check) options="--to --from --format --dump" ;;
    compile) options="--to --from --format --mesh-form" ;;
    appendix) options="--format --output" ;;
    import) options="--from" ;;
    review) options="--from --format --output" ;;
    fmt) options="--check" ;;
    mesh) options="--format" ;;
    explain) options="" ;;
    targets) options="" ;;
    serve) options="--host --port" ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options --color --help" -- "$cur"))
  else
    case $command in
      check | compile | appendix | import | review | fmt) _filedir ;;
    esac
  fi
} && complete -F _searchc searchc
