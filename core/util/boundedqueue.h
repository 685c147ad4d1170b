#pragma once

#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>

#include <deque>

namespace verdict {

// A queue between two threads that holds at most `capacity` items, so a fast
// producer waits for a slow consumer instead of filling memory.
template<typename T>
class BoundedQueue final
{
public:
    explicit BoundedQueue(std::size_t capacity)
        : m_capacity(capacity)
    { }

    // Waits for room; false when the queue was closed (the item is dropped).
    bool push(T item)
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.size() >= m_capacity && !m_closed)
            m_notFull.wait(&m_mutex);
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.wakeOne();
        return true;
    }

    // Waits for an item; false once the queue is closed and empty.
    bool pop(T &item)
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.empty() && !m_closed)
            m_notEmpty.wait(&m_mutex);
        if (m_items.empty())
            return false;
        item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.wakeOne();
        return true;
    }

    // No more items will come; waiting threads wake up. Items already in
    // the queue can still be popped unless `discard` is set.
    void close(bool discard = false)
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        if (discard)
            m_items.clear();
        m_notFull.wakeAll();
        m_notEmpty.wakeAll();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_notFull;
    QWaitCondition m_notEmpty;
    std::deque<T> m_items;
    std::size_t m_capacity;
    bool m_closed = false;
};

} // namespace verdict
