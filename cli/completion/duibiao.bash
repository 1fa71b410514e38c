# bash completion for duibiao (installed as
# share/bash-completion/completions/duibiao). The options are those of
# 'duibiao CMD --help'; an option that takes a file completes the
# extensions the program reads or writes there.

_duibiao_files()
{
	# $1: extensions as an extglob alternative (json|csv), or empty for any
	local IFS=$'\n'
	if [[ -n $1 ]]; then
		COMPREPLY=($(compgen -f -X "!*.@($1)" -- "$cur") $(compgen -d -- "$cur"))
	else
		COMPREPLY=($(compgen -f -- "$cur"))
	fi
	compopt -o filenames 2>/dev/null
}

_duibiao()
{
	local cur prev cmd opts
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD-1]}
	if ((COMP_CWORD == 1)); then
		COMPREPLY=($(compgen -W "extract compare render sheet parse --help --version" -- "$cur"))
		return
	fi
	cmd=${COMP_WORDS[1]}
	shopt -s extglob

	case $cmd in
	extract)
		opts="--entity --date --level --province --kind --manifest --allow-outside
		      --text -o --output --format --unkeyed --catalog --catalog-extra --words
		      --encoding --input-format --show-text --csv-plain --headers --fail-empty
		      -M -q --quiet -h --help --version"
		case $prev in
		--level) COMPREPLY=($(compgen -W "province prefecture county district zone composite" -- "$cur")); return ;;
		--kind) COMPREPLY=($(compgen -W "gwr targets bulletin news plan evaluation speech summary newspaper" -- "$cur")); return ;;
		--format) COMPREPLY=($(compgen -W "json csv" -- "$cur")); return ;;
		--encoding) COMPREPLY=($(compgen -W "auto utf-8 gb18030" -- "$cur")); return ;;
		--input-format) COMPREPLY=($(compgen -W "auto text pdf docx html" -- "$cur")); return ;;
		--manifest|--catalog|--catalog-extra|--words) _duibiao_files json; return ;;
		--headers) COMPREPLY=($(compgen -W "en zh" -- "$cur")); return ;;
		-o|--output) _duibiao_files "json|csv"; return ;;
		-M) _duibiao_files ""; return ;;
		--entity|--date|--province|--text) return ;;
		esac
		[[ $cur == -* ]] || { _duibiao_files "txt|pdf|docx|html|htm"; return; }
		;;
	compare)
		opts="-o --output --format --min-entities --table --metric --measure --period --status
		      --entity --coverage --series --overrides --catalog --catalog-extra
		      --csv-plain --headers --fail-empty -M -q --quiet -h --help --version"
		case $prev in
		--format) COMPREPLY=($(compgen -W "json csv" -- "$cur")); return ;;
		--measure) COMPREPLY=($(compgen -W "level growth change_pp gap_pp added share" -- "$cur")); return ;;
		--status) COMPREPLY=($(compgen -W "actual target estimate" -- "$cur")); return ;;
		--overrides) _duibiao_files csv; return ;;
		--catalog|--catalog-extra) _duibiao_files json; return ;;
		--headers) COMPREPLY=($(compgen -W "en zh" -- "$cur")); return ;;
		-o|--output) _duibiao_files "json|csv"; return ;;
		-M) _duibiao_files ""; return ;;
		--min-entities|--table|--metric|--period|--entity|--series) return ;;
		esac
		[[ $cur == -* ]] || { _duibiao_files json; return; }
		;;
	render)
		opts="--table --chart --focus --peers --decimals --magnitude -o --output
		      --orient --width --height --dpi --highlight --ref --title --subtitle
		      --source --theme --font --strict --format -M -q --quiet -h --help --version"
		case $prev in
		--format) COMPREPLY=($(compgen -W "png pdf svg" -- "$cur")); return ;;
		--chart) COMPREPLY=($(compgen -W "bar table series scorecard" -- "$cur")); return ;;
		--magnitude) COMPREPLY=($(compgen -W "auto 1 万 亿 万亿" -- "$cur")); return ;;
		--orient) COMPREPLY=($(compgen -W "horizontal vertical" -- "$cur")); return ;;
		--ref) COMPREPLY=($(compgen -W "mean median" -- "$cur")); return ;;
		--theme) _duibiao_files json; return ;;
		--font) _duibiao_files "otf|ttf|ttc"; return ;;
		-o|--output) _duibiao_files "png|pdf|svg"; return ;;
		-M) _duibiao_files ""; return ;;
		--table|--focus|--peers|--decimals|--width|--height|--dpi|--highlight|--title|--subtitle|--source) return ;;
		esac
		[[ $cur == -* ]] || { _duibiao_files json; return; }
		;;
	sheet)
		opts="--spec --manifest --allow-outside --catalog --catalog-extra --words -o --output --title
		      --source --highlight --peers --theme --font --strict -M -q --quiet -h --help --version"
		case $prev in
		--spec|--manifest|--catalog|--catalog-extra|--words|--theme) _duibiao_files json; return ;;
		--font) _duibiao_files "otf|ttf|ttc"; return ;;
		-o|--output) _duibiao_files pdf; return ;;
		-M) _duibiao_files ""; return ;;
		--title|--source|--highlight|--peers) return ;;
		esac
		[[ $cur == -* ]] || { _duibiao_files json; return; }
		;;
	parse)
		opts="--number --period --date --stock -o --output -q --quiet -h --help --version"
		case $prev in
		-o|--output) _duibiao_files json; return ;;
		--number|--period|--date) return ;;
		esac
		;;
	*)
		return
		;;
	esac
	COMPREPLY=($(compgen -W "$opts" -- "$cur"))
}

complete -F _duibiao duibiao
