/** Typing `mlsd-` in an answer offers the step and item templates, the current step's gaps first. */
import * as vscode from 'vscode';
import { snippetToText } from '../../core/snippetText';
import { stepAtLine } from '../../core/stepSections';
import type { AnswerStore } from '../answerStore';
import { templateCompletions } from './completionModel';

const TYPED_PREFIX = /(?:^|[\s>(])(mlsd-[\w-]*)$/;

export function registerTemplateCompletions(store: AnswerStore): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(
    { language: 'markdown' },
    {
      provideCompletionItems(document, position) {
        const before = document.lineAt(position.line).text.slice(0, position.character);
        const typed = TYPED_PREFIX.exec(before)?.[1];
        if (typed === undefined) return undefined;
        const outcome = store.outcomeOf(document);
        if (!outcome) return undefined;
        const range = new vscode.Range(position.translate(0, -typed.length), position);
        return templateCompletions(outcome, stepAtLine(outcome, position.line)).map((completion) => {
          const item = new vscode.CompletionItem({ label: completion.prefix, description: completion.title }, vscode.CompletionItemKind.Snippet);
          item.insertText = new vscode.SnippetString(completion.body);
          item.range = range;
          item.sortText = completion.sortText;
          item.filterText = completion.prefix;
          item.detail = completion.status === 'missing' ? `Missing · ${completion.detail}` : completion.detail;
          item.documentation = new vscode.MarkdownString().appendCodeblock(snippetToText(completion.body), 'markdown');
          return item;
        });
      },
    },
    '-',
  );
}
