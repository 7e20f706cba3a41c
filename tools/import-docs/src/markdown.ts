/**
 * The Markdown side of a page, read with mdast-util-from-markdown (CommonMark): headings with their
 * `{#anchor}`, the blocks of each section, and helpers to read inline code, links and lists of a
 * cell. YFM's own syntax (`{% ... %}` directives, `#|` tables) is handled around it.
 */
import type { Code, List, Nodes, Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString as nodeText } from 'mdast-util-to-string'

/** A heading and the blocks under it, up to the next heading of any depth. */
export interface Section {
  depth: number
  title: string
  anchor?: string
  /** The enclosing H2's title, so an H3 table is known to be part of "Method Parameters". */
  h2: string
  blocks: RootContent[]
}

/** Parses Markdown into mdast. */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text)
}

/** The plain text of a node (code spans kept without their backticks). */
export function getText(node: Nodes): string {
  return nodeText(node)
}

/** Splits a page into sections by heading; blocks before the first heading go to a depth-0 section. */
export function splitSections(root: Root): Section[] {
  const sections: Section[] = [{ depth: 0, title: '', h2: '', blocks: [] }]
  let h2 = ''
  for (const node of root.children) {
    if (node.type === 'heading') {
      const raw = getText(node).trim()
      const anchor = /\{#([^}]+)\}\s*$/.exec(raw)?.[1]
      const title = raw.replace(/\s*\{#[^}]+\}\s*$/, '')
      if (node.depth <= 2) h2 = title
      sections.push({ depth: node.depth, title, anchor, h2: node.depth <= 2 ? title : h2, blocks: [] })
      continue
    }
    ;(sections.at(-1) as Section).blocks.push(node)
  }
  return sections
}

/** Every node of a type below `node`, in document order. */
export function findAll<T extends Nodes['type']>(node: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const found: Extract<Nodes, { type: T }>[] = []
  const walk = (n: Nodes) => {
    if (n.type === type) found.push(n as Extract<Nodes, { type: T }>)
    if ('children' in n) for (const child of n.children) walk(child as Nodes)
  }
  walk(node)
  return found
}

/** The code blocks of some blocks, in order, with the paragraph text just before each. */
export function findCodeBlocks(blocks: RootContent[]): { code: Code; before: string }[] {
  const found: { code: Code; before: string }[] = []
  let before = ''
  const walk = (n: Nodes) => {
    if (n.type === 'code') {
      found.push({ code: n, before })
      return
    }
    if (n.type === 'paragraph') {
      before = getText(n)
      return
    }
    if ('children' in n) for (const child of n.children) walk(child as Nodes)
  }
  for (const block of blocks) walk(block)
  return found
}

/** The first inline code of each item, when every item of the list starts with one. */
export function readCodeList(list: List): string[] | undefined {
  const values: string[] = []
  for (const item of list.children) {
    const first = item.children[0]
    const lead = first?.type === 'paragraph' ? first.children[0] : undefined
    if (lead?.type !== 'inlineCode') return undefined
    values.push(lead.value)
  }
  return values.length ? values : undefined
}

/** A link target's file name as a method name guess: `./crm-contact-add.md` -> `crm.contact.add`. */
export function methodFromFileName(file: string): string {
  const base = file.split('/').at(-1) ?? file
  return base.replace(/\.md(#.*)?$/, '').replace(/-/g, '.')
}

/** Compares method names ignoring case and separators (file names lose camelCase and dots). */
export function sameMethodName(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '')
  return norm(a) === norm(b)
}
