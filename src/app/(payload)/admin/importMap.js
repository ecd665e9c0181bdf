import { MovePostalCodesPanel as MovePostalCodesPanel_601fb564194133eca032246b3e74f08a } from '../../../../plugins/core/components/MovePostalCodesPanel'
import { StatusCell as StatusCell_f1bb081f2faff8e96bc7737e1303144b } from '../../../../plugins/lifecycle/components/StatusCell'
import { LifecyclePanel as LifecyclePanel_e34ef33eff1b2c065a1a168dffd28829 } from '../../../../plugins/lifecycle/components/LifecyclePanel'
import { PasswordByLink as PasswordByLink_9e2283374f9282d2bd33bd6fbaf93868 } from '../../../../plugins/core/components/PasswordByLink'
import { TransferAccountsPanel as TransferAccountsPanel_2b3afe1b19b153b2cecea71864746211 } from '../../../../plugins/core/components/TransferAccountsPanel'
import { HomonymsPanel as HomonymsPanel_2c3192cbf79bb31a582967aec047c584 } from '../../../../plugins/core/components/HomonymsPanel'
import { PersonTitleSync as PersonTitleSync_26b89649b38d76d7fba33adb75d72510 } from '../../../../src/kernel/admin/PersonTitleSync'
import { AddToReferenceTablesPanel as AddToReferenceTablesPanel_bc5adfd2830235f561d3cfb29a6bafbe } from '../../../../plugins/reference-tables/components/AddToReferenceTablesPanel'
import { PathPanel as PathPanel_bd2a1937d2bfde5905535e512b10e331 } from '../../../../plugins/core/components/PathPanel'
import { CandidateProfilePanel as CandidateProfilePanel_83282d22f883e28de86b4e3dd58e0048 } from '../../../../plugins/placement/components/CandidateProfilePanel'
import { LetterPanel as LetterPanel_e0452d43666edb786642c50ec887552f } from '../../../../plugins/letters/components/LetterPanel'
import { QuickFilters as QuickFilters_6a0905263491a96d5e167ddfbc7acc0d } from '../../../../src/kernel/workList/QuickFilters'
import { HistoryCell as HistoryCell_66f4f4b14f66a6fbb08b7952feda1222 } from '../../../../plugins/lifecycle/components/HistoryCell'
import { ResultPanel as ResultPanel_4a492ccff3386365201b01b5731d98e7 } from '../../../../plugins/instant-t/components/ResultPanel'
import { LinkAccountField as LinkAccountField_658bf369e00d393b495a73193b75207c } from '../../../../plugins/instant-t/components/LinkAccountField'
import { AccountNameCell as AccountNameCell_ef803b2344b8463b184a90a1d7cecf4e } from '../../../../plugins/instant-t/components/AccountNameCell'
import { ExportCsvButton as ExportCsvButton_15810336d91487084996361a513f0001 } from '../../../../plugins/instant-t/components/ExportCsvButton'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { DraftPdfActions as DraftPdfActions_eb5de5f656e7e69b852b8251c9b1d129 } from '../../../../plugins/placement/cv/components/DraftPdfActions'
import { SpaceMembershipPanel as SpaceMembershipPanel_ea23b45bf413f4caba3a0c96c49e21bd } from '../../../../plugins/placement/spaces/components/SpaceMembershipPanel'
import { QuestionRowLabel as QuestionRowLabel_bdc397c80a2e3f963f7a4ebe20bce580 } from '../../../../plugins/bilan/components/QuestionRowLabel'
import { CommentsField as CommentsField_5433c0fbabe61a6cc03aedff852fe568 } from '../../../../plugins/bilan/components/CommentsField'
import { RegistrationsPanel as RegistrationsPanel_e930d589cbc0b5d2b08adc1ff52f5c8e } from '../../../../plugins/cej/components/RegistrationsPanel'
import { NewsReadMarker as NewsReadMarker_a3d753b12483e1350ad920e588165002 } from '../../../../plugins/cej/news/components/NewsReadMarker'
import { TransfersNavLink as TransfersNavLink_b73a2024afbd126eaa3c428e3cb67a03 } from '../../../../plugins/core/components/TransfersView'
import { SilentAlertNavLink as SilentAlertNavLink_516538ccbcfdd69ff60bb3c35998adbf } from '../../../../plugins/core/silent-alert/components/SilentAlertNavLink'
import { ImportNavLink as ImportNavLink_2e358441e0d395203d996e5fc42f012b } from '../../../../plugins/placement/components/ImportNavLink'
import { DirectoryNavLink as DirectoryNavLink_c3a965988f72c77670bee74f779d779b } from '../../../../plugins/placement/components/DirectoryNavLink'
import { ActivityNavLink as ActivityNavLink_dc1a2e1e85ca35c80758739c66a67f0e } from '../../../../plugins/bilan/components/ActivityNavLink'
import { PortfolioNavLinks as PortfolioNavLinks_868c51b0fe05ac7da80ce1f28769177e } from '../../../../plugins/cej/components/PortfolioNavLinks'
import { MyAgendaNavLink as MyAgendaNavLink_db0c79a7df045e15dec0c21498d54437 } from '../../../../plugins/cej/agendas/MyAgendaNavLink'
import { ReassignNavLink as ReassignNavLink_d3d32696318f54d13d346570e98d5470 } from '../../../../plugins/cej/reassign/ReassignNavLink'
import { NewsNavLink as NewsNavLink_760b55743984847ae2f2ceddd2f30857 } from '../../../../plugins/cej/news/components/NewsNavLink'
import { MessagingNavLink as MessagingNavLink_3f6578e3814c74d3440e3e3ad4ca53ce } from '../../../../plugins/cej/messaging/components/MessagingNavLink'
import { OffersNavLink as OffersNavLink_3b8945a0b0a1281698e7a5b57b035073 } from '../../../../plugins/cej/offers/components/OffersView'
import { LettersNavLink as LettersNavLink_e5505c1837f4ed8d9ab91cb0f6a3d047 } from '../../../../plugins/letters/components/LettersNavLink'
import { WorkListDashboard as WorkListDashboard_ca18d8574b38b7c9ba45b0ebc2193b53 } from '../../../../src/kernel/workList/WorkListDashboard'
import { CohortDashboard as CohortDashboard_18daaebb5934630ce50e53b6d5476ccf } from '../../../../plugins/placement/components/CohortDashboard'
import { BilanDashboard as BilanDashboard_126d86a5782460195b8685ead706c3f1 } from '../../../../plugins/bilan/components/BilanDashboard'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { TransfersView as TransfersView_b73a2024afbd126eaa3c428e3cb67a03 } from '../../../../plugins/core/components/TransfersView'
import { ImportView as ImportView_fe65425f5404cf95d1e7503e3b5a1956 } from '../../../../plugins/placement/components/ImportView'
import { DirectoryView as DirectoryView_4e6d866a7b2272d5112e23208260b4ac } from '../../../../plugins/placement/components/DirectoryView'
import { ActivityView as ActivityView_d9ec7dc31157a748a6bf6c2e83d5e8dd } from '../../../../plugins/bilan/components/ActivityView'
import { PortfolioView as PortfolioView_b758cdd5dc08b87fc3e1572cc506b903 } from '../../../../plugins/cej/components/PortfolioView'
import { PortfolioSheetView as PortfolioSheetView_8d7a6a54c325d720609de9fd75a4bfe7 } from '../../../../plugins/cej/components/PortfolioSheetView'
import { PortfolioBeneficiariesView as PortfolioBeneficiariesView_8bb684abfc80d41f2489e6edbe4562d1 } from '../../../../plugins/cej/components/PortfolioBeneficiariesView'
import { PortfolioPilotageView as PortfolioPilotageView_25bbfd0cf0e1d6df9aec4672bbd153b6 } from '../../../../plugins/cej/components/PortfolioPilotageView'
import { MyAgendaView as MyAgendaView_d875c4433d85cee4a9876e5d2e128db8 } from '../../../../plugins/cej/agendas/MyAgendaView'
import { ReassignView as ReassignView_b58f6918935c75d2ccf8c6bf93688781 } from '../../../../plugins/cej/reassign/ReassignView'
import { MessagingView as MessagingView_0ef5edcec85e4e25aec3a42944876577 } from '../../../../plugins/cej/messaging/components/MessagingView'
import { OffersView as OffersView_3b8945a0b0a1281698e7a5b57b035073 } from '../../../../plugins/cej/offers/components/OffersView'
import { LettersView as LettersView_644b0cd7d7ba6b85f71d7ed13b0ec1a4 } from '../../../../plugins/letters/components/LettersView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/plugins/core/components/MovePostalCodesPanel#MovePostalCodesPanel": MovePostalCodesPanel_601fb564194133eca032246b3e74f08a,
  "/plugins/lifecycle/components/StatusCell#StatusCell": StatusCell_f1bb081f2faff8e96bc7737e1303144b,
  "/plugins/lifecycle/components/LifecyclePanel#LifecyclePanel": LifecyclePanel_e34ef33eff1b2c065a1a168dffd28829,
  "/plugins/core/components/PasswordByLink#PasswordByLink": PasswordByLink_9e2283374f9282d2bd33bd6fbaf93868,
  "/plugins/core/components/TransferAccountsPanel#TransferAccountsPanel": TransferAccountsPanel_2b3afe1b19b153b2cecea71864746211,
  "/plugins/core/components/HomonymsPanel#HomonymsPanel": HomonymsPanel_2c3192cbf79bb31a582967aec047c584,
  "/src/kernel/admin/PersonTitleSync#PersonTitleSync": PersonTitleSync_26b89649b38d76d7fba33adb75d72510,
  "/plugins/reference-tables/components/AddToReferenceTablesPanel#AddToReferenceTablesPanel": AddToReferenceTablesPanel_bc5adfd2830235f561d3cfb29a6bafbe,
  "/plugins/core/components/PathPanel#PathPanel": PathPanel_bd2a1937d2bfde5905535e512b10e331,
  "/plugins/placement/components/CandidateProfilePanel#CandidateProfilePanel": CandidateProfilePanel_83282d22f883e28de86b4e3dd58e0048,
  "/plugins/letters/components/LetterPanel#LetterPanel": LetterPanel_e0452d43666edb786642c50ec887552f,
  "/src/kernel/workList/QuickFilters#QuickFilters": QuickFilters_6a0905263491a96d5e167ddfbc7acc0d,
  "/plugins/lifecycle/components/HistoryCell#HistoryCell": HistoryCell_66f4f4b14f66a6fbb08b7952feda1222,
  "/plugins/instant-t/components/ResultPanel#ResultPanel": ResultPanel_4a492ccff3386365201b01b5731d98e7,
  "/plugins/instant-t/components/LinkAccountField#LinkAccountField": LinkAccountField_658bf369e00d393b495a73193b75207c,
  "/plugins/instant-t/components/AccountNameCell#AccountNameCell": AccountNameCell_ef803b2344b8463b184a90a1d7cecf4e,
  "/plugins/instant-t/components/ExportCsvButton#ExportCsvButton": ExportCsvButton_15810336d91487084996361a513f0001,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/plugins/placement/cv/components/DraftPdfActions#DraftPdfActions": DraftPdfActions_eb5de5f656e7e69b852b8251c9b1d129,
  "/plugins/placement/spaces/components/SpaceMembershipPanel#SpaceMembershipPanel": SpaceMembershipPanel_ea23b45bf413f4caba3a0c96c49e21bd,
  "/plugins/bilan/components/QuestionRowLabel#QuestionRowLabel": QuestionRowLabel_bdc397c80a2e3f963f7a4ebe20bce580,
  "/plugins/bilan/components/CommentsField#CommentsField": CommentsField_5433c0fbabe61a6cc03aedff852fe568,
  "/plugins/cej/components/RegistrationsPanel#RegistrationsPanel": RegistrationsPanel_e930d589cbc0b5d2b08adc1ff52f5c8e,
  "/plugins/cej/news/components/NewsReadMarker#NewsReadMarker": NewsReadMarker_a3d753b12483e1350ad920e588165002,
  "/plugins/core/components/TransfersView#TransfersNavLink": TransfersNavLink_b73a2024afbd126eaa3c428e3cb67a03,
  "/plugins/core/silent-alert/components/SilentAlertNavLink#SilentAlertNavLink": SilentAlertNavLink_516538ccbcfdd69ff60bb3c35998adbf,
  "/plugins/placement/components/ImportNavLink#ImportNavLink": ImportNavLink_2e358441e0d395203d996e5fc42f012b,
  "/plugins/placement/components/DirectoryNavLink#DirectoryNavLink": DirectoryNavLink_c3a965988f72c77670bee74f779d779b,
  "/plugins/bilan/components/ActivityNavLink#ActivityNavLink": ActivityNavLink_dc1a2e1e85ca35c80758739c66a67f0e,
  "/plugins/cej/components/PortfolioNavLinks#PortfolioNavLinks": PortfolioNavLinks_868c51b0fe05ac7da80ce1f28769177e,
  "/plugins/cej/agendas/MyAgendaNavLink#MyAgendaNavLink": MyAgendaNavLink_db0c79a7df045e15dec0c21498d54437,
  "/plugins/cej/reassign/ReassignNavLink#ReassignNavLink": ReassignNavLink_d3d32696318f54d13d346570e98d5470,
  "/plugins/cej/news/components/NewsNavLink#NewsNavLink": NewsNavLink_760b55743984847ae2f2ceddd2f30857,
  "/plugins/cej/messaging/components/MessagingNavLink#MessagingNavLink": MessagingNavLink_3f6578e3814c74d3440e3e3ad4ca53ce,
  "/plugins/cej/offers/components/OffersView#OffersNavLink": OffersNavLink_3b8945a0b0a1281698e7a5b57b035073,
  "/plugins/letters/components/LettersNavLink#LettersNavLink": LettersNavLink_e5505c1837f4ed8d9ab91cb0f6a3d047,
  "/src/kernel/workList/WorkListDashboard#WorkListDashboard": WorkListDashboard_ca18d8574b38b7c9ba45b0ebc2193b53,
  "/plugins/placement/components/CohortDashboard#CohortDashboard": CohortDashboard_18daaebb5934630ce50e53b6d5476ccf,
  "/plugins/bilan/components/BilanDashboard#BilanDashboard": BilanDashboard_126d86a5782460195b8685ead706c3f1,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/plugins/core/components/TransfersView#TransfersView": TransfersView_b73a2024afbd126eaa3c428e3cb67a03,
  "/plugins/placement/components/ImportView#ImportView": ImportView_fe65425f5404cf95d1e7503e3b5a1956,
  "/plugins/placement/components/DirectoryView#DirectoryView": DirectoryView_4e6d866a7b2272d5112e23208260b4ac,
  "/plugins/bilan/components/ActivityView#ActivityView": ActivityView_d9ec7dc31157a748a6bf6c2e83d5e8dd,
  "/plugins/cej/components/PortfolioView#PortfolioView": PortfolioView_b758cdd5dc08b87fc3e1572cc506b903,
  "/plugins/cej/components/PortfolioSheetView#PortfolioSheetView": PortfolioSheetView_8d7a6a54c325d720609de9fd75a4bfe7,
  "/plugins/cej/components/PortfolioBeneficiariesView#PortfolioBeneficiariesView": PortfolioBeneficiariesView_8bb684abfc80d41f2489e6edbe4562d1,
  "/plugins/cej/components/PortfolioPilotageView#PortfolioPilotageView": PortfolioPilotageView_25bbfd0cf0e1d6df9aec4672bbd153b6,
  "/plugins/cej/agendas/MyAgendaView#MyAgendaView": MyAgendaView_d875c4433d85cee4a9876e5d2e128db8,
  "/plugins/cej/reassign/ReassignView#ReassignView": ReassignView_b58f6918935c75d2ccf8c6bf93688781,
  "/plugins/cej/messaging/components/MessagingView#MessagingView": MessagingView_0ef5edcec85e4e25aec3a42944876577,
  "/plugins/cej/offers/components/OffersView#OffersView": OffersView_3b8945a0b0a1281698e7a5b57b035073,
  "/plugins/letters/components/LettersView#LettersView": LettersView_644b0cd7d7ba6b85f71d7ed13b0ec1a4,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
