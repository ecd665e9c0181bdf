'use client'
import React from 'react'

/** List cell "Compte": the linked person's name, or « Anonyme ». */
export const AccountNameCell = ({ cellData }: { cellData?: string | null }) => <span>{cellData || 'Anonyme'}</span>
