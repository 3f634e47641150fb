'use client'

import { useEffect } from 'react'

/**
 * Runs `load` now and every `intervalMs` while the tab is visible: admin panels that follow work
 * moving elsewhere (tasks, glossary sync) without a reload, and without polling a hidden tab.
 */
export function usePolling(load: () => Promise<void>, intervalMs: number): void {
  useEffect(() => {
    void load()
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void load()
    }, intervalMs)
    return () => window.clearInterval(timer)
  }, [load, intervalMs])
}
