#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace scb::testing {

// Waits until pred() holds (checked whenever notify() is called), or the timeout passes.
class Waiter
{
public:
    // Call after changing the watched state under mutex(), with the mutex released.
    void notify() { m_cv.notify_all(); }
    template<typename Pred> bool waitFor(std::chrono::milliseconds timeout, Pred pred)
    {
        std::unique_lock lock(m_mutex);
        return m_cv.wait_for(lock, timeout, pred);
    }
    std::mutex &mutex() { return m_mutex; }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
};

} // namespace scb::testing
