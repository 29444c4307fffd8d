#pragma once

// A program run by a test in a child process, its stdout and stderr read
// line by line (scb-telemetryd in tests/server/).

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace scb::test {

inline constexpr auto kHangGuard = std::chrono::seconds(60); // catches hangs only

class ChildProcess
{
public:
    ChildProcess(const std::string &program, const std::vector<std::string> &args)
    {
        int out[2], err[2];
        EXPECT_EQ(pipe2(out, O_CLOEXEC), 0);
        EXPECT_EQ(pipe2(err, O_CLOEXEC), 0);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, out[1], 1);
        posix_spawn_file_actions_adddup2(&actions, err[1], 2);
        std::vector<std::string> all{program};
        all.insert(all.end(), args.begin(), args.end());
        std::vector<char *> argv;
        for (auto &a : all)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        EXPECT_EQ(posix_spawn(&m_pid, program.c_str(), &actions, nullptr, argv.data(), environ), 0);
        posix_spawn_file_actions_destroy(&actions);
        close(out[1]);
        close(err[1]);
        m_out = out[0];
        m_err = err[0];
    }
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;
    ~ChildProcess()
    {
        if (m_pid > 0 && !m_reaped) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
        }
        close(m_out);
        close(m_err);
    }

    // Reads stdout until a full line containing `needle` arrives.
    bool waitForLine(const std::string &needle, std::string &line)
    {
        return waitFor(m_out, m_stdout, needle, line);
    }
    // The same on stderr; the lines read are kept in errLines().
    bool waitForErrLine(const std::string &needle, std::string &line)
    {
        return waitFor(m_err, m_stderrPending, needle, line);
    }
    const std::string &errLines() const { return m_stderr; }

    // Waits for the exit (hang guard), then drains both pipes. -1: did not exit.
    int exitCode()
    {
        const auto until = std::chrono::steady_clock::now() + kHangGuard;
        int status = 0;
        while (waitpid(m_pid, &status, WNOHANG) == 0) {
            if (std::chrono::steady_clock::now() > until)
                return -1;
            usleep(10'000);
        }
        m_reaped = true;
        drain(m_out, m_stdout);
        m_stderr += m_stderrPending;
        m_stderrPending.clear();
        drain(m_err, m_stderr);
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    void signal(int number) { kill(m_pid, number); }
    const std::string &out() const { return m_stdout; }
    const std::string &err() const { return m_stderr; }

private:
    bool waitFor(int fd, std::string &pending, const std::string &needle, std::string &line)
    {
        const auto until = std::chrono::steady_clock::now() + kHangGuard;
        while (std::chrono::steady_clock::now() < until) {
            for (auto eol = pending.find('\n'); eol != std::string::npos;
                 eol = pending.find('\n')) {
                line = pending.substr(0, eol);
                pending.erase(0, eol + 1);
                if (fd == m_err)
                    m_stderr += line + "\n";
                if (line.find(needle) != std::string::npos)
                    return true;
            }
            pollfd poller{fd, POLLIN, 0};
            if (poll(&poller, 1, 200) > 0) {
                char buffer[4096];
                const ssize_t n = read(fd, buffer, sizeof buffer);
                if (n <= 0)
                    return false;
                pending.append(buffer, size_t(n));
            }
        }
        return false;
    }

    static void drain(int fd, std::string &into)
    {
        char buffer[4096];
        ssize_t n;
        while ((n = read(fd, buffer, sizeof buffer)) > 0)
            into.append(buffer, size_t(n));
    }

    pid_t m_pid = -1;
    bool m_reaped = false;
    int m_out = -1;
    int m_err = -1;
    std::string m_stdout;
    std::string m_stderr;        // what stderr said, in whole lines until the exit
    std::string m_stderrPending; // read by waitForErrLine, not yet a whole line
};

} // namespace scb::test
