# Runs scb-bench small and checks that its last stdout line is one JSON object
# with every key the issue asks for, each a number.
# Usage: cmake -DSCB_BENCH=<path to scb-bench> -P checkbenchjson.cmake
if(NOT SCB_BENCH)
  message(FATAL_ERROR "SCB_BENCH is not set")
endif()
execute_process(
  COMMAND ${SCB_BENCH} --chips 2000 --ticks 3 --json --quick --scrape-targets 50
  OUTPUT_VARIABLE out
  ERROR_VARIABLE err
  RESULT_VARIABLE rc
  TIMEOUT 100)
message(STATUS "scb-bench stderr:\n${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "scb-bench exited with ${rc}")
endif()
string(STRIP "${out}" out)
string(REGEX REPLACE "^.*\n" "" last "${out}")
string(JSON type ERROR_VARIABLE bad TYPE "${last}")
if(bad OR NOT type STREQUAL "OBJECT")
  message(FATAL_ERROR "the last line of stdout is not a JSON object: '${last}' (${bad})")
endif()
set(keys chips ticks ingest_values_per_s ticks_coalesced store_append_values_per_s
         naive_values_per_s naive_ticks bytes_per_value naive_bytes_per_value
         query_center_24h_ms setup_center_24h_s query_chip_7d_ms setup_chip_7d_s
         chip_7d_spacing_s peak_rss_mb scrape_parse_mb_per_s regex_parse_mb_per_s
         scrape_targets_cpu_pct scrape_round_s)
foreach(key ${keys})
  string(JSON type ERROR_VARIABLE bad TYPE "${last}" ${key})
  if(bad OR NOT type STREQUAL "NUMBER")
    message(FATAL_ERROR "key '${key}' is missing or not a number in: ${last}")
  endif()
endforeach()
foreach(pair "chips;2000" "ticks;3" "naive_ticks;3")
  list(GET pair 0 key)
  list(GET pair 1 want)
  string(JSON got GET "${last}" ${key})
  if(NOT got EQUAL want)
    message(FATAL_ERROR "${key} is ${got}, expected ${want}")
  endif()
endforeach()
string(JSON stored GET "${last}" bytes_per_value)
if(NOT stored GREATER 0)
  message(FATAL_ERROR "bytes_per_value is ${stored}: nothing was stored")
endif()
